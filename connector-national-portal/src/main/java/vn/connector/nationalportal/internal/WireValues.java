package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import vn.connector.core.Answers;

/** Small readers and writers of the portal's all-string JSON. */
final class WireValues {

  private WireValues() {}

  static void put(ObjectNode node, String field, String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  static void put(ObjectNode node, String field, Instant value) {
    put(node, field, PortalTime.format(value));
  }

  /** {@code "1"}/{@code "0"} flags. */
  static void flag(ObjectNode node, String field, boolean value) {
    node.put(field, value ? "1" : "0");
  }

  /** A string field, or JSON null. */
  static void put(JsonGenerator g, String field, String value) throws IOException {
    g.writeStringField(field, value);
  }

  /** A time field ({@code yyyyMMddHHmmss}), or JSON null. */
  static void put(JsonGenerator g, String field, Instant value) throws IOException {
    g.writeStringField(field, PortalTime.format(value));
  }

  /** {@code "1"}/{@code "0"} flags. */
  static void flag(JsonGenerator g, String field, boolean value) throws IOException {
    g.writeStringField(field, value ? "1" : "0");
  }

  /**
   * The text of a field that may come as a string or a number, in NFC; null when absent, JSON null
   * or blank.
   */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    String t = Answers.stringOrNumber(node, field).map(Answers::nfc).orElse("");
    return t.isEmpty() ? null : t;
  }

  static Instant time(JsonNode node, String field) {
    return PortalTime.parse(text(node, field), field);
  }

  /** {@code "1"}, {@code "true"}, {@code "True"} are true; anything else false. */
  static boolean bool(JsonNode node, String field) {
    String t = text(node, field);
    return t != null && (t.equals("1") || t.equalsIgnoreCase("true"));
  }

  static int integer(JsonNode node, String field, int absent) {
    String t = text(node, field);
    if (t == null) {
      return absent;
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": not a whole number: '" + t + "'", e);
    }
  }

  static long amount(JsonNode node, String field) {
    String t = text(node, field);
    if (t == null) {
      return 0;
    }
    try {
      return new java.math.BigDecimal(t).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(field + ": not a whole number of đồng: '" + t + "'", e);
    }
  }
}
