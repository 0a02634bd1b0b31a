package vn.connector.civilregistry.model;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Working days as the contract's default supplement deadline counts them: Monday to Friday. Public
 * holidays are not known to the SDK (they are set each year); a portal that needs them sets the
 * deadline itself.
 */
final class WorkingDays {

  private WorkingDays() {}

  static LocalDateTime after(LocalDateTime start, int days) {
    LocalDateTime t = start;
    int left = days;
    while (left > 0) {
      t = t.plusDays(1);
      if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return t;
  }
}
