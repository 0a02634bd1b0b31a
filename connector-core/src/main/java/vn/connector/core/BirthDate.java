package vn.connector.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import vn.connector.core.internal.Digits;

/**
 * Ngày tháng năm sinh: a birth date that may be partial, as national records hold them: a full
 * date, a year and month, or a year only.
 *
 * @param year four-digit year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (must be 0 when the month is)
 */
public record BirthDate(int year, int month, int day) {

  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  public BirthDate {
    if (year < 1800 || year > 2399) {
      throw new IllegalArgumentException(
          "birthDate: year must be between 1800 and 2399, was " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("birthDate: month must be 1-12, was " + month);
    }
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("birthDate: a day needs a month");
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "birthDate: no such day " + year + "-" + month + "-" + day, e);
      }
    }
    if (earliestDay(year, month, day).isAfter(Identifiers.today())) {
      throw new IllegalArgumentException("birthDate: lies in the future");
    }
  }

  /** The first day the (possibly partial) date can mean. */
  private static LocalDate earliestDay(int year, int month, int day) {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  public static BirthDate of(int year, int month, int day) {
    return new BirthDate(year, month, day);
  }

  public static BirthDate of(LocalDate date) {
    return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static BirthDate ofYearMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("birthDate: month must be 1-12, was 0");
    }
    return new BirthDate(year, month, 0);
  }

  public static BirthDate ofYear(int year) {
    return new BirthDate(year, 0, 0);
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The month, when known. */
  public OptionalInt knownMonth() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day, when known. */
  public OptionalInt knownDay() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Whether this (queried) date matches a date on record, by the national rule: a full date matches
   * the same full date; a partial query matches a record that agrees on what the query gives.
   */
  public boolean matches(BirthDate record) {
    if (year != record.year) {
      return false;
    }
    if (month != 0 && month != record.month) {
      return false;
    }
    return day == 0 || day == record.day;
  }

  @Override
  public String toString() {
    StringBuilder b = Digits.pad(new StringBuilder(10), year, 4);
    if (month != 0) {
      Digits.pad(b.append('-'), month, 2);
    }
    if (day != 0) {
      Digits.pad(b.append('-'), day, 2);
    }
    return b.toString();
  }
}
