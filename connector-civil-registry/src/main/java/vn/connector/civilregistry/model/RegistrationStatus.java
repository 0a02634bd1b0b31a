package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.DossierCode;

/**
 * One dossier's state as the result poll ({@code LayKetQua}) answered it.
 *
 * <pre>{@code
 * switch (status.state()) {
 *   case SUPPLEMENT_REQUESTED -> tellCitizen(status.supplementDeadline().orElseThrow());
 *   case RESULT -> issue(status.certificate().orElseThrow());
 *   case REFUSED -> refuse(status.content());
 *   default -> {}
 * }
 * }</pre>
 *
 * @param interlinkedCode mã hồ sơ liên thông
 * @param oneStopCode mã hồ sơ một cửa
 * @param kind the module
 * @param state the state; {@link DossierState#UNKNOWN} for a value the contract does not know
 * @param nationalState the registry's own {@code trangThai}
 * @param handledAt thời gian thực hiện (Vietnam's local time), or null
 * @param handler người xử lý, or null
 * @param title chức danh, or null
 * @param department phòng ban xử lý, or null
 * @param content nội dung xử lý (the reason of a refusal or of a supplement request), or null
 * @param supplementDeadline hạn bổ sung hồ sơ, or null
 * @param note ghi chú, or null
 * @param errors the registry's errors for this dossier, possibly empty
 * @param certificate the result, present in state {@link DossierState#RESULT}
 */
public record RegistrationStatus(
    String interlinkedCode,
    DossierCode oneStopCode,
    RegistrationKind kind,
    DossierState state,
    int nationalState,
    LocalDateTime handledAt,
    String handler,
    String title,
    String department,
    String content,
    LocalDate supplementDeadline,
    String note,
    List<String> errors,
    Certificate certificate) {

  public RegistrationStatus {
    Objects.requireNonNull(oneStopCode, "oneStopCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    errors = List.copyOf(errors == null ? List.of() : errors);
  }

  public Optional<LocalDate> optionalSupplementDeadline() {
    return Optional.ofNullable(supplementDeadline);
  }

  public Optional<Certificate> optionalCertificate() {
    return Optional.ofNullable(certificate);
  }

  public boolean isFinal() {
    return state.isFinal();
  }
}
