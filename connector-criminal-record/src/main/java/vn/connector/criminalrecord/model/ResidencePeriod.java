package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the residence and work history (quá trình cư trú, nghề nghiệp, nơi làm việc).
 *
 * @param from từ ngày
 * @param to đến ngày, or null for "until now"
 * @param place nơi cư trú
 * @param occupation nghề nghiệp, or empty
 * @param workplace nơi làm việc, or empty
 */
public record ResidencePeriod(
    LocalDate from, LocalDate to, String place, String occupation, String workplace) {

  public ResidencePeriod {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from (" + from + "), was " + to);
    }
    place = Fields.required(place, "place");
    occupation = Fields.optional(occupation, "occupation");
    workplace = Fields.optional(workplace, "workplace");
  }

  @Override
  public String toString() {
    return "ResidencePeriod[" + from + " - " + (to == null ? "now" : to) + "]";
  }
}
