package vn.connector.core;

import java.time.ZoneId;

/** Shared constants and checks of the identifier value types. */
final class Identifiers {

  /** Every national system works in Vietnam's time zone. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Identifiers() {}

  static String require(String value, String field) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return trimmed;
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
