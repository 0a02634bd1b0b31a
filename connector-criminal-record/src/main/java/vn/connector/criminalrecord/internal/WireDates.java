package vn.connector.criminalrecord.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.connector.core.Answers;
import vn.connector.core.BirthDate;
import vn.connector.core.internal.Digits;

/**
 * The ministry of justice's date forms: {@code dd/MM/yyyy} for dates, {@code MM/yyyy} for VNeID's
 * residence months; read through core's {@link Answers#date}.
 */
public final class WireDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private WireDates() {}

  /**
   * {@code dd/MM/yyyy}, empty for none. A four-digit year is written digit by digit, as the
   * formatter writes it (a submission writes five dates; the formatter was 2% of its CPU); any
   * other year goes through the formatter, signs and all.
   */
  public static String format(LocalDate date) {
    if (date == null) {
      return "";
    }
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return DAY.format(date);
    }
    char[] text = {'0', '0', '/', '0', '0', '/', '0', '0', '0', '0'};
    Digits.into(text, 0, date.getDayOfMonth(), 2);
    Digits.into(text, 3, date.getMonthValue(), 2);
    Digits.into(text, 6, year, 4);
    return new String(text);
  }

  /** A full birth date as {@code dd/MM/yyyy}, empty for none (partial ones are refused earlier). */
  public static String format(BirthDate date) {
    return date == null ? "" : format(LocalDate.of(date.year(), date.month(), date.day()));
  }

  /** Parses {@code dd/MM/yyyy}; refuses anything else naming {@code field}. */
  public static LocalDate parse(String text, String field) {
    try {
      return Answers.date(text == null ? "" : text.strip(), "dd/MM/yyyy", field);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + ": must be a date dd/MM/yyyy");
    }
  }

  /** Parses {@code MM/yyyy}; empty or null gives null. */
  public static YearMonth parseMonth(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(text.strip(), MONTH);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": must be a month MM/yyyy");
    }
  }
}
