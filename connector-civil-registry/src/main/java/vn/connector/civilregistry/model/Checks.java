package vn.connector.civilregistry.model;

import java.util.Objects;
import vn.connector.core.internal.Text;

/** The validation helpers of the model records: NFC text, lengths, required values. */
final class Checks {

  private Checks() {}

  /**
   * NFC, trimmed, inner white space (no-break spaces too) collapsed; null and blank become null.
   */
  static String optionalText(String value, String field, int maxLength) {
    if (value == null) {
      return null;
    }
    String text = Text.nfcTyped(value);
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          field + ": must be at most " + maxLength + " characters, was " + text.length());
    }
    return text;
  }

  /** Like {@link #optionalText}, but the value must be present and not blank. */
  static String requiredText(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    String text = optionalText(value, field, maxLength);
    if (text == null) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return text;
  }

  /** A copy of the attachments, whose ids must be unique. */
  static java.util.List<Attachment> attachments(java.util.List<Attachment> attachments) {
    java.util.List<Attachment> copy = java.util.List.copyOf(required(attachments, "attachments"));
    if (copy.stream().map(Attachment::id).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("attachments: two attachments have the same id");
    }
    return copy;
  }

  static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, field);
  }
}
