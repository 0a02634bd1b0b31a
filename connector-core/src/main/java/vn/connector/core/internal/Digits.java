package vn.connector.core.internal;

/**
 * Zero-padded decimal numbers for wire dates ({@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code
 * dd/MM/yyyy HH:mm:ss}). {@code String.format} parses its pattern and boxes every argument on each
 * call (2.4% of a population verification), and a {@code DateTimeFormatter} walks its printer chain
 * (2% of a civil push or an LLTP submission): the connectors' date writers put their digits here
 * instead.
 */
public final class Digits {

  private Digits() {}

  /**
   * {@code t} as {@code yyyyMMddHHmmss} (the payment platform's and the national portal's wire
   * time), or null when its year is outside 0–9999 and so not 14 digits: the caller's formatter
   * then writes it, signed.
   *
   * <pre>{@code
   * String text = Digits.yyyyMMddHHmmss(LocalDateTime.ofInstant(at, zone)); // "20241115150000"
   * }</pre>
   */
  public static String yyyyMMddHHmmss(java.time.LocalDateTime t) {
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return null;
    }
    char[] text = new char[14];
    into(text, 0, t.getYear(), 4);
    into(text, 4, t.getMonthValue(), 2);
    into(text, 6, t.getDayOfMonth(), 2);
    into(text, 8, t.getHour(), 2);
    into(text, 10, t.getMinute(), 2);
    into(text, 12, t.getSecond(), 2);
    return new String(text);
  }

  /** Appends {@code value} (not negative) with at least {@code width} digits, zeros in front. */
  public static StringBuilder pad(StringBuilder out, int value, int width) {
    if (value < 0) {
      throw new IllegalArgumentException("value: must not be negative, was " + value);
    }
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /**
   * Writes {@code value} (not negative, fewer than {@code width} digits or as many) as exactly
   * {@code width} digits, zeros in front, into {@code text} from {@code at}:
   *
   * <pre>{@code
   * char[] day = "dd/MM/yyyy".toCharArray();
   * Digits.into(day, 0, 7, 2);    // "07/MM/yyyy"
   * Digits.into(day, 6, 2026, 4); // "07/MM/2026"
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code value} is negative or wider than {@code width}
   */
  public static void into(char[] text, int at, int value, int width) {
    if (value < 0) {
      throw new IllegalArgumentException("value: must not be negative, was " + value);
    }
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    if (v != 0) {
      throw new IllegalArgumentException("value: " + value + " has more than " + width + " digits");
    }
  }

  /** Whether {@code text[from, to)} is all ASCII digits (and not empty). */
  public static boolean all(CharSequence text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The ASCII digits {@code text[from, to)} as a number, without a regular expression or a
   * substring: for wire dates whose shape was checked with {@link #all}.
   */
  public static int parse(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  /** {@code value} with at least {@code width} digits, zeros in front. */
  public static String pad(int value, int width) {
    return pad(new StringBuilder(width), value, width).toString();
  }
}
