package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Đăng ký kết hôn (module {@code LTKH}): the two spouses. For a marriage the interlinked code is
 * the one-stop dossier code (the contract's rule), so build the dossier with {@link Dossier#of}.
 *
 * <pre>{@code
 * MarriageRegistration marriage = new MarriageRegistration(Dossier.of(code, unit, receivedAt),
 *     CatalogueCode.of("1"), null, null, 1, husband, wife, List.of());
 * }</pre>
 *
 * @param dossier the dossier; its interlinked code must equal its one-stop code
 * @param registrationType loại đăng ký
 * @param establishedOn ngày xác lập quan hệ hôn nhân (for a recognised earlier union), or null
 * @param note ghi chú, or null
 * @param copies số bản sao, 0 to 50
 * @param husband chồng
 * @param wife vợ
 * @param attachments the papers, cancelled ones included
 */
public record MarriageRegistration(
    Dossier dossier,
    CatalogueCode registrationType,
    LocalDate establishedOn,
    String note,
    int copies,
    Spouse husband,
    Spouse wife,
    List<Attachment> attachments)
    implements Registration {

  public MarriageRegistration {
    Checks.required(dossier, "dossier");
    if (!dossier.interlinkedCode().equals(dossier.oneStopCode().value())) {
      throw new IllegalArgumentException(
          "dossier.interlinkedCode: must equal dossier.oneStopCode for a marriage");
    }
    Checks.required(registrationType, "marriage.registrationType");
    if (establishedOn != null) {
      Dates.notFuture(establishedOn, "marriage.establishedOn");
    }
    note = Checks.optionalText(note, "marriage.note", 1000);
    if (copies < 0 || copies > 50) {
      throw new IllegalArgumentException("marriage.copies: must be 0-50, was " + copies);
    }
    Checks.required(husband, "husband");
    Checks.required(wife, "wife");
    attachments = Checks.attachments(attachments);
  }

  @Override
  public RegistrationKind kind() {
    return RegistrationKind.MARRIAGE;
  }
}
