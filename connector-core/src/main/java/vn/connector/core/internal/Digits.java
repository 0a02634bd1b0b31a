package vn.connector.core.internal;

/**
 * Zero-padded decimal numbers for wire dates ({@code yyyyMMdd}, {@code yyyy-MM-dd}). {@code
 * String.format} parses its pattern and boxes every argument on each call: 2.4% of a population
 * verification went there.
 */
public final class Digits {

  private Digits() {}

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

  /** {@code value} with at least {@code width} digits, zeros in front. */
  public static String pad(int value, int width) {
    return pad(new StringBuilder(width), value, width).toString();
  }
}
