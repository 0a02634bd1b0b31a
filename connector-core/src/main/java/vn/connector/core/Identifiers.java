package vn.connector.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Shared constants and checks of the identifier value types. */
final class Identifiers {

  /** Every national system works in Vietnam's time zone. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Today's date in {@link #ZONE}, and the span of epoch milliseconds it lasts. */
  private record Today(LocalDate date, long fromMillis, long untilMillis) {

    static Today at(long millis) {
      LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZONE);
      return new Today(
          date,
          date.atStartOfDay(ZONE).toInstant().toEpochMilli(),
          date.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli());
    }
  }

  private static volatile Today today = Today.at(System.currentTimeMillis());

  private Identifiers() {}

  /**
   * {@code LocalDate.now(ZONE)}, computed again only when the system clock has left the day it was
   * computed for (either way: a clock set back is seen too). The future checks of citizen ids and
   * birth dates asked the zone for today on every value, 1.3% of a bulk run (issue 16).
   */
  static LocalDate today() {
    return todayAt(System.currentTimeMillis());
  }

  /** {@link #today()} when the system clock reads {@code now} (epoch milliseconds). */
  static LocalDate todayAt(long now) {
    Today t = today;
    if (now < t.fromMillis() || now >= t.untilMillis()) {
      t = Today.at(now);
      today = t;
    }
    return t.date();
  }

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

  /**
   * A free-text code that goes into audit lines and request headers (an officer account): trimmed,
   * no control or format characters (a newline forges an audit line, a zero-width space or a bidi
   * override hides what is shown), at least one letter or digit, at most {@code max} characters.
   */
  static String requireCode(String value, String field, int max) {
    String trimmed = require(value, field);
    boolean visible = false;
    for (int i = 0; i < trimmed.length(); ) {
      int cp = trimmed.codePointAt(i);
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE) {
        throw new IllegalArgumentException(
            field + ": contains a control or invisible character at position " + i);
      }
      visible |= Character.isLetterOrDigit(cp);
      i += Character.charCount(cp);
    }
    if (!visible) {
      throw new IllegalArgumentException(field + ": must hold a letter or digit");
    }
    if (trimmed.length() > max) {
      throw new IllegalArgumentException(field + ": must be at most " + max + " characters");
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
