package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.connector.core.BirthDate;
import vn.connector.core.DossierCode;

/**
 * Tờ khai yêu cầu cấp phiếu lý lịch tư pháp: everything the province submits for one dossier.
 * Checked when built: a Phiếu số 2 only for the person themselves (no mandate), every date a full
 * date (the wire carries {@code dd/MM/yyyy}), the due date not before the day received, at least
 * one line of residence history.
 *
 * <pre>{@code
 * Declaration declaration = Declaration.builder(DossierCode.parse("000.00.01.H22-241115-0001"))
 *     .receivedOn(LocalDate.of(2024, 11, 15))
 *     .type(CertificateType.TYPE_1)
 *     .purpose(new RequestPurpose("01", "Bổ sung hồ sơ xin việc", "", ""))
 *     .dueOn(LocalDate.of(2024, 11, 25))
 *     .applicant(applicant)
 *     .residence(new ResidencePeriod(LocalDate.of(2004, 1, 1), null, "Bắc Giang", "Kỹ sư", "Công ty A"))
 *     .build();
 * }</pre>
 *
 * @param dossierCode mã hồ sơ (maHoSoMCDT), the idempotency key of the submission
 * @param receivedOn ngày tiếp nhận
 * @param source nguồn đăng ký
 * @param type loại phiếu
 * @param purpose mục đích
 * @param copies số lượng cấp, 1-20
 * @param banInformation whether the applicant asks for information on bans from holding office (yêu
 *     cầu cấp thông tin cấm đảm nhiệm chức vụ, yeuCauCDNCV)
 * @param dueOn ngày hẹn trả
 * @param applicant người yêu cầu
 * @param father cha, or null
 * @param mother mẹ, or null
 * @param spouse vợ/chồng, or null
 * @param residenceHistory quá trình cư trú, nghề nghiệp, at least one line
 * @param mandate ủy quyền, or null
 * @param criminalHistory thông tin án tích, the applicant's own statement, or empty
 * @param attachments files attached
 */
public record Declaration(
    DossierCode dossierCode,
    LocalDate receivedOn,
    RegistrationSource source,
    CertificateType type,
    RequestPurpose purpose,
    int copies,
    boolean banInformation,
    LocalDate dueOn,
    Applicant applicant,
    Relative father,
    Relative mother,
    Relative spouse,
    List<ResidencePeriod> residenceHistory,
    Mandate mandate,
    String criminalHistory,
    List<Attachment> attachments) {

  public Declaration {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(purpose, "purpose");
    if (copies < 1 || copies > 20) {
      throw new IllegalArgumentException("copies: must be 1-20, was " + copies);
    }
    Objects.requireNonNull(dueOn, "dueOn");
    if (dueOn.isBefore(receivedOn)) {
      throw new IllegalArgumentException("dueOn: must not be before receivedOn " + receivedOn);
    }
    Objects.requireNonNull(applicant, "applicant");
    residenceHistory = List.copyOf(Objects.requireNonNull(residenceHistory, "residenceHistory"));
    if (residenceHistory.isEmpty()) {
      throw new IllegalArgumentException("residenceHistory: must have at least one line");
    }
    if (type == CertificateType.TYPE_2 && mandate != null) {
      throw new IllegalArgumentException(
          "mandate: a Phiếu số 2 is issued only to the person themselves; it cannot be asked by mandate");
    }
    criminalHistory = Fields.optional(criminalHistory, "criminalHistory");
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
    checkDates(applicant, receivedOn, father, mother, spouse, mandate);
  }

  /** Every date on the wire is {@code dd/MM/yyyy}: partial birth dates cannot be sent. */
  private static void checkDates(
      Applicant applicant,
      LocalDate receivedOn,
      Relative father,
      Relative mother,
      Relative spouse,
      Mandate mandate) {
    fullDate(applicant.birthDate(), "applicant.birthDate");
    BirthDate born = applicant.birthDate();
    if (LocalDate.of(born.year(), born.month(), born.day()).isAfter(receivedOn)) {
      throw new IllegalArgumentException("applicant.birthDate: must not be after receivedOn");
    }
    if (father != null) {
      fullDate(father.birthDate(), "father.birthDate");
    }
    if (mother != null) {
      fullDate(mother.birthDate(), "mother.birthDate");
    }
    if (spouse != null) {
      fullDate(spouse.birthDate(), "spouse.birthDate");
    }
    if (mandate != null) {
      fullDate(mandate.birthDate(), "mandate.birthDate");
    }
  }

  private static void fullDate(BirthDate date, String field) {
    if (date != null && date.precision() != BirthDate.Precision.DAY) {
      throw new IllegalArgumentException(
          field + ": must be a full date (dd/MM/yyyy on the wire), was " + date.precision());
    }
  }

  public static DeclarationBuilder builder(DossierCode dossierCode) {
    return new DeclarationBuilder(dossierCode);
  }

  @Override
  public String toString() {
    return "Declaration[" + dossierCode + ", " + type + ", " + applicant + "]";
  }
}
