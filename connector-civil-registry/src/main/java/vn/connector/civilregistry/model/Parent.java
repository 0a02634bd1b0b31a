package vn.connector.civilregistry.model;

import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;

/**
 * The mother (mẹ) or father (cha) in a birth registration.
 *
 * <pre>{@code
 * Parent mother = Parent.of(PersonName.of("Trần Thị Bình"), BirthDate.of(1995, 3, 2),
 *     CatalogueCode.of("01"), CatalogueCode.of("VN"), CatalogueCode.of("1"),
 *     Address.of("01", "001", "00001", "Số 5 ngõ 12"), CitizenId.parse("001195012345"));
 * }</pre>
 *
 * @param fullName họ tên
 * @param birthDate ngày sinh, possibly partial (year, or year and month)
 * @param ethnicity dân tộc
 * @param otherEthnicity dân tộc khác (free text when the catalogue has none), or null
 * @param nationality quốc tịch
 * @param otherNationality quốc tịch khác, or null
 * @param residenceType loại cư trú (permanent, temporary, ...)
 * @param residence nơi cư trú
 * @param document giấy tờ tùy thân, or null
 * @param otherDocument giấy tờ khác (free text), or null
 * @param personalId số định danh cá nhân, or null
 * @param verified whether the officer checked these particulars against the population database
 *     (xác thực thông tin)
 */
public record Parent(
    PersonName fullName,
    BirthDate birthDate,
    CatalogueCode ethnicity,
    String otherEthnicity,
    CatalogueCode nationality,
    String otherNationality,
    CatalogueCode residenceType,
    Address residence,
    IdentityDocument document,
    String otherDocument,
    CitizenId personalId,
    boolean verified) {

  public Parent {
    Checks.required(fullName, "parent.fullName");
    Checks.required(birthDate, "parent.birthDate");
    Checks.required(ethnicity, "parent.ethnicity");
    otherEthnicity = Checks.optionalText(otherEthnicity, "parent.otherEthnicity", 100);
    Checks.required(nationality, "parent.nationality");
    otherNationality = Checks.optionalText(otherNationality, "parent.otherNationality", 100);
    Checks.required(residenceType, "parent.residenceType");
    Checks.required(residence, "parent.residence");
    otherDocument = Checks.optionalText(otherDocument, "parent.otherDocument", 200);
    if (personalId != null && !personalId.consistentWith(birthDate, null)) {
      throw new IllegalArgumentException(
          "parent.personalId: its birth-year digits disagree with parent.birthDate");
    }
  }

  /** A parent with a personal ID and no other document, not yet verified. */
  public static Parent of(
      PersonName fullName,
      BirthDate birthDate,
      CatalogueCode ethnicity,
      CatalogueCode nationality,
      CatalogueCode residenceType,
      Address residence,
      CitizenId personalId) {
    return new Parent(
        fullName,
        birthDate,
        ethnicity,
        null,
        nationality,
        null,
        residenceType,
        residence,
        null,
        null,
        personalId,
        false);
  }
}
