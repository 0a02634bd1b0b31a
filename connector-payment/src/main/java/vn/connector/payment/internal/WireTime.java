package vn.connector.payment.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.connector.core.internal.Digits;

/**
 * {@code ThoiGianGD}: {@code yyyyMMddHHmmss}, 24-hour, in Asia/Ho_Chi_Minh. One portal seen wrote
 * {@code hh} (12-hour), so 15:00 went out as 03:00; the pattern here is {@code HH} on purpose.
 */
public final class WireTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private WireTime() {}

  /**
   * {@code at} in the contract's format, written digit by digit (the formatter's machinery was 4%
   * of a payment INIT's CPU, issue 16); years outside 0–9999 go through the formatter, which signs
   * them.
   */
  public static String format(Instant at) {
    LocalDateTime t = LocalDateTime.ofInstant(at, ZONE);
    String digits = Digits.yyyyMMddHHmmss(t);
    return digits != null ? digits : FORMAT.format(t);
  }

  /** The instant written as {@code text}, or empty when it is not in the contract's format. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.length() != 14) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, FORMAT).atZone(ZONE).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
