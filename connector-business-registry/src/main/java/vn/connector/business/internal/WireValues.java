package vn.connector.business.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import vn.connector.core.Answers;
import vn.connector.core.PersonName;
import vn.connector.core.internal.Digits;
import vn.connector.core.internal.MalformedAnswerException;

/** Lenient readers for the registry's loosely typed JSON values. */
final class WireValues {

  private WireValues() {}

  /** Text of {@code field}, NFC-normalised and trimmed; null when absent, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new MalformedAnswerException(field + ": expected text, was " + value.getNodeType());
    }
    String text = Answers.nfc(value.asText());
    return text.isEmpty() ? null : text;
  }

  /** Like {@link #text} but the field must be present. */
  static String requiredText(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      throw new MalformedAnswerException(field + ": missing");
    }
    return text;
  }

  /**
   * A count sent as a JSON number or as a numeric string ({@code 3} or {@code "3"}); 0 when absent.
   */
  static int count(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return 0;
    }
    if (value.isIntegralNumber()) {
      return value.intValue();
    }
    try {
      return Integer.parseInt(value.asText().strip());
    } catch (NumberFormatException e) {
      throw new MalformedAnswerException(field + ": not a number: '" + value.asText() + "'", e);
    }
  }

  /** A flag sent as a boolean, as 1/0 or as "1"/"0"/"true"/"false"; false when absent. */
  static boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.asText().strip();
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "1":
      case "true":
        return true;
      case "0":
      case "false":
      case "":
        return false;
      default:
        throw new MalformedAnswerException(field + ": not a flag: '" + text + "'");
    }
  }

  /**
   * A date sent as {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss} (modelled: the registry is
   * seen with both); the time of day, always midnight in practice, is dropped.
   */
  static LocalDate date(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      LocalDate plain = plainDate(text);
      if (plain != null) {
        return plain;
      }
      return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new MalformedAnswerException(field + ": not a date: '" + text + "'", e);
    }
  }

  /**
   * The two shapes the registry sends, read without the ISO parser (a tenth of a {@code find}'s CPU
   * went there); null for anything else, which the parser then reads or refuses as before.
   */
  private static LocalDate plainDate(String t) {
    int n = t.length();
    if ((n != 10 && n != 19) || !digits(t, 0, 4) || t.charAt(4) != '-' || !digits(t, 5, 7)) {
      return null;
    }
    if (t.charAt(7) != '-' || !digits(t, 8, 10)) {
      return null;
    }
    LocalDate date = LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
    if (n == 10) {
      return date;
    }
    if (t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    if (!digits(t, 11, 13) || !digits(t, 14, 16) || !digits(t, 17, 19)) {
      return null;
    }
    LocalTime.of(number(t, 11, 13), number(t, 14, 16), number(t, 17, 19)); // refuses 25:00:00
    return date;
  }

  private static boolean digits(String t, int from, int to) {
    return Digits.all(t, from, to);
  }

  private static int number(String t, int from, int to) {
    return Digits.parse(t, from, to);
  }

  /** The array at {@code field}; an empty array when absent or null. */
  static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return java.util.List.of();
    }
    if (!value.isArray()) {
      throw new MalformedAnswerException(field + ": expected an array, was " + value.getNodeType());
    }
    return value;
  }

  /** The object at {@code field}; a missing node when absent or null. */
  static JsonNode object(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isMissingNode() && !value.isNull() && !value.isObject()) {
      throw new MalformedAnswerException(
          field + ": expected an object, was " + value.getNodeType());
    }
    return value;
  }

  /**
   * A representative's name as the registry writes it, which may carry a title or a note ("Nguyễn
   * Văn A (Giám đốc)", "Trần B, Chủ tịch"): the name is the text before the first character a name
   * does not have. Empty when nothing of a name is left; one odd entry must not make the whole
   * enterprise unreadable.
   */
  static Optional<PersonName> personName(String raw) {
    String text = PersonName.normalise(raw);
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (!Character.isLetter(cp) && cp != ' ' && cp != '-' && cp != '\'' && cp != '.') {
        break;
      }
      end += Character.charCount(cp);
    }
    String name = text.substring(0, end).strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(PersonName.of(name));
  }
}
