package vn.connector.nationalportal.model;

import java.util.List;
import java.util.Objects;

/**
 * Checks shared by the records: NFC text of bounded length (common.md: Vietnamese travels in NFC;
 * national-portal.md: TrichYeuHoSo ≤ ~1000 characters). The limits for the other free texts are
 * modelled, kept here in one place and written in docs/connectors/national-portal.md.
 */
final class Text {

  /** Names, codes, titles (modelled). */
  static final int SHORT = 255;

  /** TrichYeuHoSo: "≤ ~1000 characters" in the contract, read as at most 1000. */
  static final int SUMMARY = 1000;

  /** Notes, contents, other information, paths (modelled). */
  static final int LONG = 4000;

  private Text() {}

  /** NFC, stripped, non-blank and at most {@code max} characters. */
  static String required(String value, String field, int max) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    String text = optional(value, field, max);
    if (text == null) {
      throw new IllegalArgumentException(field + ": is required and must not be blank");
    }
    return text;
  }

  /** NFC, stripped, at most {@code max} characters; null or blank becomes null. */
  static String optional(String value, String field, int max) {
    if (value == null) {
      return null;
    }
    String text = vn.connector.core.internal.Text.toNfc(value).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.codePointCount(0, text.length()) > max) {
      throw new IllegalArgumentException(
          field + ": must be at most " + max + " characters, was " + text.length());
    }
    return text;
  }

  /** A national code: stripped, non-blank, no spaces inside. */
  static String code(String value, String field) {
    String text = required(value, field, 64);
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(field + ": must not contain spaces");
    }
    return text;
  }

  /** An immutable copy, null becoming empty, no null elements. */
  static <T> List<T> list(List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      Objects.requireNonNull(v, field + ": must not contain null");
    }
    return List.copyOf(values);
  }
}
