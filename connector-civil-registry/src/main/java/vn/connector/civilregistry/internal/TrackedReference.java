package vn.connector.civilregistry.internal;

import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.DossierCode;

/**
 * The tracker's reference of a dossier: {@code module|province|one-stop code}, so that a poll knows
 * the {@code LayKetQua} parameters and dossiers that can share a poll share a prefix.
 */
public record TrackedReference(
    RegistrationKind kind, AdministrativeUnitCode province, DossierCode oneStopCode) {

  public static TrackedReference parse(String reference) {
    String[] p = reference.split("\\|", 3);
    if (p.length != 3) {
      throw new IllegalArgumentException("reference: not module|province|code: " + reference);
    }
    return new TrackedReference(
        WireCodes.kind(p[0]), AdministrativeUnitCode.parse(p[1]), DossierCode.parse(p[2]));
  }

  /** The part shared by dossiers one poll may ask for together. */
  public String group() {
    return WireCodes.module(kind) + "|" + province.value() + "|";
  }

  @Override
  public String toString() {
    return group() + oneStopCode.value();
  }
}
