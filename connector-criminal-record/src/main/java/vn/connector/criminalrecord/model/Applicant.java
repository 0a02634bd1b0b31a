package vn.connector.criminalrecord.model;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.internal.Text;

/**
 * Người yêu cầu cấp phiếu: the person the certificate is about. Nationality and ethnicity are the
 * province's own category codes; the client translates them to the ministry's through its {@code
 * CodeTable} before sending.
 *
 * @param fullName họ tên
 * @param otherName tên gọi khác, or empty
 * @param gender giới tính, MALE or FEMALE
 * @param birthDate ngày sinh, a full date (the declaration carries {@code dd/MM/yyyy})
 * @param birthPlace nơi sinh
 * @param bornAbroad whether born outside Viet Nam (nycNoiSinhNuocNgoai)
 * @param paper giấy tờ tùy thân
 * @param nationality quốc tịch, the province's code
 * @param ethnicity dân tộc, the province's code
 * @param permanentResidence nơi thường trú
 * @param temporaryResidence nơi tạm trú, or null
 * @param phone điện thoại, or empty
 * @param email thư điện tử, or empty
 */
public record Applicant(
    PersonName fullName,
    String otherName,
    Gender gender,
    BirthDate birthDate,
    Address birthPlace,
    boolean bornAbroad,
    IdentityPaper paper,
    String nationality,
    String ethnicity,
    Address permanentResidence,
    Address temporaryResidence,
    String phone,
    String email) {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .\\-]{8,20}");

  public Applicant {
    Objects.requireNonNull(fullName, "fullName");
    otherName = Fields.optional(otherName, "otherName");
    Objects.requireNonNull(gender, "gender");
    if (gender == Gender.UNKNOWN) {
      throw new IllegalArgumentException("gender: must be MALE or FEMALE on a declaration");
    }
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(birthPlace, "birthPlace");
    Objects.requireNonNull(paper, "paper");
    nationality = Fields.code(nationality, "nationality");
    ethnicity = Fields.code(ethnicity, "ethnicity");
    Objects.requireNonNull(permanentResidence, "permanentResidence");
    phone = Fields.optional(phone, "phone");
    if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("phone: must be 8-20 digits");
    }
    email = Fields.optional(email, "email");
    if (!email.isEmpty() && !Text.isEmailAddress(email)) {
      throw new IllegalArgumentException("email: is not an e-mail address");
    }
  }

  @Override
  public String toString() {
    return "Applicant[" + fullName + ", " + paper + "]";
  }
}
