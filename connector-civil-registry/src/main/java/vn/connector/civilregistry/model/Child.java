package vn.connector.civilregistry.model;

import java.time.LocalDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;

/**
 * The child whose birth is registered (người được khai sinh). The child's personal ID is not given
 * here: the registry issues it with the result.
 *
 * <pre>{@code
 * Child child = Child.of(PersonName.of("Nguyễn Minh An"), Gender.MALE, LocalDate.of(2026, 11, 20),
 *     Address.of("01", "001", "00001", "Bệnh viện Phụ sản Hà Nội"),
 *     CatalogueCode.of("01"), CatalogueCode.of("VN"));
 * }</pre>
 *
 * @param fullName họ tên
 * @param gender giới tính; not {@link Gender#UNKNOWN}
 * @param birthDate ngày sinh, a full date, not in the future
 * @param birthDateInWords ngày sinh bằng chữ, or null
 * @param birthPlace nơi sinh in Vietnam, or null when born abroad
 * @param birthPlaceAbroad nơi sinh ở nước ngoài (free text), or null; one of the two places is
 *     required
 * @param hometown quê quán, or null
 * @param ethnicity dân tộc
 * @param nationality quốc tịch
 * @param birthType loại khai sinh, or null
 * @param document giấy tờ tùy thân (when re-registering an adult's birth), or null
 */
public record Child(
    PersonName fullName,
    Gender gender,
    LocalDate birthDate,
    String birthDateInWords,
    Address birthPlace,
    String birthPlaceAbroad,
    Address hometown,
    CatalogueCode ethnicity,
    CatalogueCode nationality,
    CatalogueCode birthType,
    IdentityDocument document) {

  public Child {
    Checks.required(fullName, "child.fullName");
    Checks.required(gender, "child.gender");
    if (gender == Gender.UNKNOWN) {
      throw new IllegalArgumentException("child.gender: must be MALE or FEMALE");
    }
    Dates.notFuture(birthDate, "child.birthDate");
    birthDateInWords = Checks.optionalText(birthDateInWords, "child.birthDateInWords", 200);
    birthPlaceAbroad = Checks.optionalText(birthPlaceAbroad, "child.birthPlaceAbroad", 300);
    if (birthPlace == null && birthPlaceAbroad == null) {
      throw new IllegalArgumentException(
          "child.birthPlace: required unless child.birthPlaceAbroad is given");
    }
    Checks.required(ethnicity, "child.ethnicity");
    Checks.required(nationality, "child.nationality");
  }

  /** A child born in Vietnam, with no hometown, birth type or document given. */
  public static Child of(
      PersonName fullName,
      Gender gender,
      LocalDate birthDate,
      Address birthPlace,
      CatalogueCode ethnicity,
      CatalogueCode nationality) {
    return new Child(
        fullName,
        gender,
        birthDate,
        null,
        Checks.required(birthPlace, "child.birthPlace"),
        null,
        null,
        ethnicity,
        nationality,
        null,
        null);
  }
}
