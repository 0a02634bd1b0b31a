package vn.connector.criminalrecord.model;

import java.util.Objects;
import vn.connector.core.BirthDate;
import vn.connector.core.Masking;
import vn.connector.core.PersonName;

/**
 * Ủy quyền: the person the applicant authorised to file and collect a Phiếu số 1 for them. Never
 * allowed with {@link CertificateType#TYPE_2}.
 *
 * @param fullName họ tên người được ủy quyền
 * @param birthDate ngày sinh (a full date)
 * @param paperType loại giấy tờ
 * @param paperNumber số giấy tờ
 * @param relationship quan hệ với người yêu cầu, or empty
 * @param phone điện thoại, or empty
 */
public record Mandate(
    PersonName fullName,
    BirthDate birthDate,
    String paperType,
    String paperNumber,
    String relationship,
    String phone) {

  public Mandate {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    paperType = Fields.code(paperType, "paperType");
    paperNumber = Fields.code(paperNumber, "paperNumber");
    relationship = Fields.optional(relationship, "relationship");
    phone = Fields.optional(phone, "phone");
  }

  @Override
  public String toString() {
    return "Mandate[" + fullName + ", " + Masking.identifier(paperNumber) + "]";
  }
}
