package vn.connector.criminalrecord.model;

import java.util.Objects;
import java.util.Optional;
import vn.connector.core.DossierCode;

/**
 * Where a dossier stands at the ministry.
 *
 * @param dossierCode mã hồ sơ
 * @param state the state on the national list
 * @param nationalState trangThaiXuLy as it came
 * @param certificate the certificate when the state is 9 or 10, else null
 */
public record DossierStatus(
    DossierCode dossierCode, ProcessingState state, String nationalState, Certificate certificate) {

  public DossierStatus {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nationalState, "nationalState");
    if (state.carriesCertificate() && certificate == null) {
      throw new IllegalArgumentException("certificate: state " + nationalState + " carries one");
    }
  }

  /** The certificate, present in states 9 and 10. */
  public Optional<Certificate> issued() {
    return Optional.ofNullable(certificate);
  }
}
