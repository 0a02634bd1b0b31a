package vn.connector.civilregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import vn.connector.core.BirthDate;

/**
 * The civil registry's date formats, in one place: {@code dd.MM.yyyy} inside the registration
 * record, {@code dd/MM/yyyy HH:mm:ss} and {@code dd/MM/yyyy} outside it, always Vietnam's time.
 *
 * <p>Modelled (civil-registry.md shows full dates only): a partial birth date travels as {@code
 * yyyy} (year only) or {@code MM.yyyy} (year and month), as the registry's paper forms write them;
 * the time of death ({@code nktGioPhutChet}) as {@code HH:mm}.
 */
public final class WireDates {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\d{2}\\.\\d{4}");

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter RECORD = strict("dd.MM.uuuu");
  private static final DateTimeFormatter OUTER_TIME = strict("dd/MM/uuuu HH:mm:ss");
  private static final DateTimeFormatter OUTER_DATE = strict("dd/MM/uuuu");
  private static final DateTimeFormatter CLOCK = strict("HH:mm");

  private WireDates() {}

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  public static String recordDate(LocalDate date) {
    if (date == null) {
      return null;
    }
    return DateDigits.handles(date.getYear())
        ? DateDigits.day(date.getDayOfMonth(), date.getMonthValue(), date.getYear(), '.')
        : RECORD.format(date);
  }

  public static String recordDate(BirthDate date) {
    if (date == null) {
      return null;
    }
    if (!DateDigits.handles(date.year())) {
      return switch (date.precision()) {
        case DAY -> RECORD.format(LocalDate.of(date.year(), date.month(), date.day()));
        case MONTH -> String.format("%02d.%04d", date.month(), date.year());
        case YEAR -> String.format("%04d", date.year());
      };
    }
    return switch (date.precision()) {
      case DAY -> DateDigits.day(date.day(), date.month(), date.year(), '.');
      case MONTH -> DateDigits.month(date.month(), date.year());
      case YEAR -> Integer.toString(date.year());
    };
  }

  public static LocalDate parseRecordDate(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), RECORD);
  }

  public static BirthDate parseBirthDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (YEAR.matcher(t).matches()) {
      return BirthDate.ofYear(Integer.parseInt(t));
    }
    if (MONTH_YEAR.matcher(t).matches()) {
      return BirthDate.ofYearMonth(
          Integer.parseInt(t.substring(3)), Integer.parseInt(t.substring(0, 2)));
    }
    return BirthDate.of(LocalDate.parse(t, RECORD));
  }

  public static String clock(LocalTime time) {
    return time == null ? null : CLOCK.format(time);
  }

  public static LocalTime parseClock(String text) {
    return text == null || text.isBlank() ? null : LocalTime.parse(text.strip(), CLOCK);
  }

  /** {@code dd/MM/yyyy HH:mm:ss} in Vietnam's time. */
  public static String outer(Instant instant) {
    return outer(LocalDateTime.ofInstant(instant, ZONE));
  }

  public static String outer(LocalDateTime time) {
    if (time == null) {
      return null;
    }
    return DateDigits.handles(time.getYear()) ? DateDigits.dayTime(time) : OUTER_TIME.format(time);
  }

  /** {@code dd/MM/yyyy HH:mm:ss}, or {@code dd/MM/yyyy} read as midnight; null when blank. */
  public static LocalDateTime parseOuter(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return LocalDateTime.parse(t, OUTER_TIME);
    } catch (DateTimeParseException notWithTime) {
      return LocalDate.parse(t, OUTER_DATE).atStartOfDay();
    }
  }

  /** {@code dd/MM/yyyy} (the time part, if any, dropped); null when blank. */
  public static LocalDate parseOuterDate(String text) {
    LocalDateTime t = parseOuter(text);
    return t == null ? null : t.toLocalDate();
  }
}
