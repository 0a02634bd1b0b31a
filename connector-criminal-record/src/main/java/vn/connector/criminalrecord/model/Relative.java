package vn.connector.criminalrecord.model;

import vn.connector.core.BirthDate;
import vn.connector.core.Masking;
import vn.connector.core.PersonName;

/**
 * A parent or the spouse as the declaration names them. National records often hold only a birth
 * year; the LGSP declaration carries a full date ({@code dd/MM/yyyy}), so a partial one is refused
 * when the declaration is built for sending.
 *
 * @param fullName họ tên
 * @param birthDate ngày sinh, may be null when unknown
 * @param paperType loại giấy tờ, or empty
 * @param paperNumber số giấy tờ, or empty
 */
public record Relative(
    PersonName fullName, BirthDate birthDate, String paperType, String paperNumber) {

  public Relative {
    java.util.Objects.requireNonNull(fullName, "fullName");
    paperType = Fields.optional(paperType, "paperType");
    paperNumber = Fields.optional(paperNumber, "paperNumber");
  }

  /** A relative known by name only. */
  public static Relative named(String fullName) {
    return new Relative(PersonName.of(fullName), null, "", "");
  }

  @Override
  public String toString() {
    return "Relative[" + fullName + ", " + Masking.identifier(paperNumber) + "]";
  }
}
