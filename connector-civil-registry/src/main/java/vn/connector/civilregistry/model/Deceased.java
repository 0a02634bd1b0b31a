package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.time.LocalTime;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;

/**
 * The person whose death is registered (người chết).
 *
 * <pre>{@code
 * Deceased deceased = new Deceased(PersonName.of("Lê Văn Dũng"), Gender.MALE,
 *     BirthDate.of(1940, 5, 1), CatalogueCode.of("01"), CatalogueCode.of("VN"),
 *     IdentityDocument.of(CatalogueCode.of("1"), "001040012345", null, null),
 *     Address.of("01", "001", "00001", "Số 5 ngõ 12"), LocalDate.of(2026, 11, 28),
 *     LocalTime.of(14, 30), Address.of("01", "001", "00001", "Bệnh viện Bạch Mai"), "Bệnh già");
 * }</pre>
 *
 * @param fullName họ tên
 * @param gender giới tính
 * @param birthDate ngày sinh, possibly partial
 * @param ethnicity dân tộc
 * @param nationality quốc tịch
 * @param document giấy tờ tùy thân, or null
 * @param residence nơi cư trú
 * @param diedOn ngày chết, not in the future, not before the birth year
 * @param diedAt giờ phút chết, or null
 * @param placeOfDeath nơi chết
 * @param cause nguyên nhân chết, or null
 */
public record Deceased(
    PersonName fullName,
    Gender gender,
    BirthDate birthDate,
    CatalogueCode ethnicity,
    CatalogueCode nationality,
    IdentityDocument document,
    Address residence,
    LocalDate diedOn,
    LocalTime diedAt,
    Address placeOfDeath,
    String cause) {

  public Deceased {
    Checks.required(fullName, "deceased.fullName");
    Checks.required(gender, "deceased.gender");
    Checks.required(birthDate, "deceased.birthDate");
    Checks.required(ethnicity, "deceased.ethnicity");
    Checks.required(nationality, "deceased.nationality");
    Checks.required(residence, "deceased.residence");
    Dates.notFuture(diedOn, "deceased.diedOn");
    if (diedOn.getYear() < birthDate.year()) {
      throw new IllegalArgumentException("deceased.diedOn: lies before deceased.birthDate");
    }
    Checks.required(placeOfDeath, "deceased.placeOfDeath");
    cause = Checks.optionalText(cause, "deceased.cause", 500);
  }

  /** Name masked, cause of death left out (health data). */
  @Override
  public String toString() {
    return "Deceased[" + fullName + ", " + gender + ", died " + diedOn + "]";
  }
}
