package vn.connector.civilregistry.internal;

import java.time.LocalDateTime;
import vn.connector.core.internal.Digits;

/**
 * The wire's dates written digit by digit, for years of four digits, exactly as {@link WireDates}'s
 * formatters (and {@code String.format} for partial birth dates) write them: a push writes about a
 * dozen dates, and the formatters were 2% of its CPU (issue 16). Other years go through the
 * formatters, signs and all; {@code WireDatesTest} compares both over every day of three centuries.
 */
final class DateDigits {

  private DateDigits() {}

  /** Whether a year is written here rather than by a formatter. */
  static boolean handles(int year) {
    return year >= 1000 && year <= 9999;
  }

  /** {@code dd<sep>MM<sep>yyyy}. */
  static String day(int day, int month, int year, char separator) {
    char[] text = new char[10];
    dayInto(text, day, month, year, separator);
    return new String(text);
  }

  /** {@code MM.yyyy}. */
  static String month(int month, int year) {
    char[] text = new char[7];
    two(text, 0, month);
    text[2] = '.';
    four(text, 3, year);
    return new String(text);
  }

  /** {@code dd/MM/yyyy HH:mm:ss}. */
  static String dayTime(LocalDateTime t) {
    char[] text = new char[19];
    dayInto(text, t.getDayOfMonth(), t.getMonthValue(), t.getYear(), '/');
    text[10] = ' ';
    two(text, 11, t.getHour());
    text[13] = ':';
    two(text, 14, t.getMinute());
    text[16] = ':';
    two(text, 17, t.getSecond());
    return new String(text);
  }

  private static void dayInto(char[] text, int day, int month, int year, char separator) {
    two(text, 0, day);
    text[2] = separator;
    two(text, 3, month);
    text[5] = separator;
    four(text, 6, year);
  }

  private static void two(char[] text, int at, int value) {
    Digits.into(text, at, value, 2);
  }

  private static void four(char[] text, int at, int value) {
    Digits.into(text, at, value, 4);
  }
}
