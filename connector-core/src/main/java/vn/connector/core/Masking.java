package vn.connector.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where identifiers are masked for logs and exception messages (Nghị định 13/2023:
 * personal data stays out of logs). Keeps the first four and the last two characters: {@code
 * 001090012345} becomes {@code 0010******45}.
 */
public final class Masking {

  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9]{8,13}(?![0-9])");

  private Masking() {}

  /** Masks one identifier: {@code 0010******45}; short values are masked whole. */
  public static String identifier(String value) {
    if (value == null) {
      return "null";
    }
    int n = value.length();
    if (n < 8) {
      return "*".repeat(n);
    }
    return value.substring(0, 4) + "*".repeat(n - 6) + value.substring(n - 2);
  }

  /** Masks a person's name: its first letter only ({@code N***}). */
  public static String name(String value) {
    return value == null || value.isEmpty()
        ? ""
        : value.substring(0, value.offsetByCodePoints(0, 1)) + "***";
  }

  /** A secret is never shown, not even its length. */
  public static String secret(Object ignored) {
    return "****";
  }

  /**
   * Masks every run of 8 to 13 digits (ID card numbers, CMND, tax codes, yyyyMMdd birth dates)
   * inside a free text, such as a national error message that quotes the request.
   */
  public static String identifiersIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LONG_DIGIT_RUN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, identifier(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
