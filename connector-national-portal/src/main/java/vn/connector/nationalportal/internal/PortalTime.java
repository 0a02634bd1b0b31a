package vn.connector.nationalportal.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import vn.connector.core.Answers;
import vn.connector.core.internal.Digits;

/**
 * The portal's one time format: {@code yyyyMMddHHmmss}, 24-hour, in Asia/Ho_Chi_Minh
 * (national-portal.md, common.md). Strict: {@code 20240230...} is refused.
 */
public final class PortalTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PATTERN = "yyyyMMddHHmmss";
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
          .withZone(ZONE)
          .withResolverStyle(ResolverStyle.STRICT);

  private PortalTime() {}

  /**
   * The wire text of an instant, or null for null. Its digits are written straight from the local
   * date and time: the formatter's general machinery was 7% of a dossier sync's allocation (issue
   * 16). Years outside 0000-9999 go through it, as they are not 14 digits.
   */
  public static String format(Instant instant) {
    if (instant == null) {
      return null;
    }
    String digits = Digits.yyyyMMddHHmmss(LocalDateTime.ofInstant(instant, ZONE));
    return digits != null ? digits : FORMAT.format(instant);
  }

  /**
   * The instant a wire text names; null or blank reads as null.
   *
   * @throws IllegalArgumentException naming {@code field} when the text is not {@code
   *     yyyyMMddHHmmss}
   */
  public static Instant parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() != 14 || !t.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(field + ": must be yyyyMMddHHmmss, was '" + t + "'");
    }
    return Answers.dateTime(t, PATTERN, field).toInstant();
  }
}
