package vn.connector.nationalportal.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.connector.core.Masking;

/**
 * The dossier's owner (chủ hồ sơ): personal data, printed masked.
 *
 * <pre>{@code
 * Applicant applicant = new Applicant("Nguyễn Văn An", ApplicantKind.CITIZEN, null, "001090012345",
 *     List.of(IdentityNumber.of(CitizenId.parse("001090012345"))),
 *     "an@example.vn", null, "0912345678", false);
 * }</pre>
 *
 * @param name {@code ChuHoSo}, required
 * @param kind {@code LoaiDoiTuong}, required
 * @param techId {@code MaDoiTuong}, the national account id (TechID); only for on-line dossiers,
 *     else null
 * @param documentNumber {@code SoGiayToChuHoSo}, or null
 * @param identities {@code DinhDanhCHS}, possibly empty
 * @param email {@code Email}, or null
 * @param fax {@code Fax}, or null
 * @param phone {@code SoDienThoai}, or null
 * @param vneidVerified {@code TaiKhoanDuocXacThucVoiVNeID}: the account was verified with VNeID
 */
public record Applicant(
    String name,
    ApplicantKind kind,
    String techId,
    String documentNumber,
    List<IdentityNumber> identities,
    String email,
    String fax,
    String phone,
    boolean vneidVerified) {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");

  public Applicant {
    name = Text.required(name, "applicant.name", Text.SHORT);
    Objects.requireNonNull(kind, "applicant.kind");
    techId = techId == null ? null : Text.code(techId, "applicant.techId");
    documentNumber = Text.optional(documentNumber, "applicant.documentNumber", 64);
    identities = Text.list(identities, "applicant.identities");
    email = Text.optional(email, "applicant.email", Text.SHORT);
    if (email != null && !vn.connector.core.internal.Text.isEmailAddress(email)) {
      throw new IllegalArgumentException("applicant.email: not an e-mail address");
    }
    fax = Text.optional(fax, "applicant.fax", 20);
    if (fax != null && !PHONE.matcher(fax).matches()) {
      throw new IllegalArgumentException("applicant.fax: not a telephone number");
    }
    phone = Text.optional(phone, "applicant.phone", 20);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("applicant.phone: not a telephone number");
    }
  }

  /** An applicant with a name and a kind only. */
  public static Applicant of(String name, ApplicantKind kind) {
    return new Applicant(name, kind, null, null, List.of(), null, null, null, false);
  }

  /** A copy carrying the applicant's TechID (on-line dossiers only). */
  public Applicant withTechId(String techId) {
    return new Applicant(
        name, kind, techId, documentNumber, identities, email, fax, phone, vneidVerified);
  }

  @Override
  public String toString() {
    return "Applicant[name="
        + Masking.name(name)
        + ", kind="
        + kind.code()
        + ", techId="
        + (techId == null ? "none" : Masking.identifier(techId))
        + ", identities="
        + identities
        + "]";
  }
}
