package vn.connector.civilregistry.model;

import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;

/**
 * A husband (chồng) or wife (vợ) in a marriage registration.
 *
 * <pre>{@code
 * Spouse wife = new Spouse(PersonName.of("Phạm Thị Hoa"), BirthDate.of(1998, 7, 9),
 *     CatalogueCode.of("01"), null, CatalogueCode.of("VN"), null, CatalogueCode.of("1"),
 *     Address.of("01", "001", "00001", "Số 5 ngõ 12"),
 *     IdentityDocument.of(CatalogueCode.of("1"), "001198012345", null, null),
 *     CitizenId.parse("001198012345"),
 *     new MaritalStatus(CatalogueCode.of("1"), "Chưa kết hôn", 0, null, null));
 * }</pre>
 *
 * @param fullName họ tên
 * @param birthDate ngày sinh, possibly partial
 * @param ethnicity dân tộc
 * @param otherEthnicity dân tộc khác, or null
 * @param nationality quốc tịch
 * @param residenceAbroad cư trú ở nước ngoài (free text), or null
 * @param residenceType loại cư trú
 * @param residence nơi cư trú
 * @param document giấy tờ tùy thân
 * @param personalId số định danh cá nhân, or null
 * @param maritalStatus tình trạng hôn nhân
 */
public record Spouse(
    PersonName fullName,
    BirthDate birthDate,
    CatalogueCode ethnicity,
    String otherEthnicity,
    CatalogueCode nationality,
    String residenceAbroad,
    CatalogueCode residenceType,
    Address residence,
    IdentityDocument document,
    CitizenId personalId,
    MaritalStatus maritalStatus) {

  public Spouse {
    Checks.required(fullName, "spouse.fullName");
    Checks.required(birthDate, "spouse.birthDate");
    Checks.required(ethnicity, "spouse.ethnicity");
    otherEthnicity = Checks.optionalText(otherEthnicity, "spouse.otherEthnicity", 100);
    Checks.required(nationality, "spouse.nationality");
    residenceAbroad = Checks.optionalText(residenceAbroad, "spouse.residenceAbroad", 300);
    Checks.required(residenceType, "spouse.residenceType");
    Checks.required(residence, "spouse.residence");
    Checks.required(document, "spouse.document");
    if (personalId != null && !personalId.consistentWith(birthDate, null)) {
      throw new IllegalArgumentException(
          "spouse.personalId: its birth-year digits disagree with spouse.birthDate");
    }
    Checks.required(maritalStatus, "spouse.maritalStatus");
  }
}
