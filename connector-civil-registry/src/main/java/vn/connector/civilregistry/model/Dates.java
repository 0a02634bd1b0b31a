package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the model: Vietnam's zone, and the "not in the future" rule. */
final class Dates {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Dates() {}

  static LocalDate notFuture(LocalDate date, String field) {
    Checks.required(date, field);
    if (date.isAfter(LocalDate.now(ZONE))) {
      throw new IllegalArgumentException(field + ": lies in the future (" + date + ")");
    }
    return date;
  }
}
