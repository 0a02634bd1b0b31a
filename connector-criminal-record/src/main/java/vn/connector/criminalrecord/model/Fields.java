package vn.connector.criminalrecord.model;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.connector.core.internal.Text;

/** The field checks the model records share: NFC text, required or optional, bounded length. */
final class Fields {

  private static final int MAX_TEXT = 1000;
  private static final Pattern CODE = Pattern.compile("[\\p{Alnum}.\\-/]{1,40}");

  private Fields() {}

  /** NFC, trimmed; a blank or null value is refused with the field's name first. */
  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    String text = optional(value, field);
    if (text.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return text;
  }

  /** NFC, trimmed, white space (no-break spaces too) collapsed; null becomes empty. */
  static String optional(String value, String field) {
    if (value == null) {
      return "";
    }
    String text = Text.nfcTyped(value);
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(field + ": must be at most " + MAX_TEXT + " characters");
    }
    return text;
  }

  /** A code of letters, digits, dots and dashes (category codes, paper numbers). */
  static String code(String value, String field) {
    String text = required(value, field);
    if (!CODE.matcher(text).matches()) {
      throw new IllegalArgumentException(field + ": must be 1-40 letters, digits, '.', '-' or '/'");
    }
    return text;
  }
}
