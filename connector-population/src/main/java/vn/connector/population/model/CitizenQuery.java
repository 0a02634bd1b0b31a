package vn.connector.population.model;

import java.util.Objects;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;

/**
 * Who to verify or look up (thông tin tra cứu công dân): the ID (12-digit số định danh cá nhân or
 * 9-digit CMND), the full name and the birth date, which the national database matches together,
 * plus an optional gender that the SDK checks locally.
 *
 * <p>Validated before anything is sent: a 12-digit ID whose birth-year digits disagree with the
 * birth date is refused here ({@code birthDate: ...}), since the national system would only answer
 * "no match".
 *
 * @param gender {@link Gender#UNKNOWN} when not supplied; never null
 */
public record CitizenQuery(CitizenId id, PersonName fullName, BirthDate birthDate, Gender gender) {

  public CitizenQuery {
    Objects.requireNonNull(id, "citizenId");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    gender = gender == null ? Gender.UNKNOWN : gender;
    if (!id.isCmnd() && birthDate.year() != id.impliedBirthYear().getAsInt()) {
      throw new IllegalArgumentException(
          "birthDate: year "
              + birthDate.year()
              + " disagrees with the citizenId, which implies "
              + id.impliedBirthYear().getAsInt());
    }
  }

  /** Parses the ID and the name; the gender is not checked. */
  public static CitizenQuery of(String citizenId, String fullName, BirthDate birthDate) {
    return of(citizenId, fullName, birthDate, Gender.UNKNOWN);
  }

  /** Parses the ID and the name. */
  public static CitizenQuery of(
      String citizenId, String fullName, BirthDate birthDate, Gender gender) {
    return new CitizenQuery(CitizenId.parse(citizenId), PersonName.of(fullName), birthDate, gender);
  }

  @Override
  public String toString() {
    return "CitizenQuery[id=" + id + ", fullName=" + fullName + ", birthDate=****]";
  }
}
