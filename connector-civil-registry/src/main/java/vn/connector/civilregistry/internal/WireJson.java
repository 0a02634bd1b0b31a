package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * Lenient JSON readers of the wire layer: numbers as strings or strings as numbers, absent as null.
 * TODO(core): {@code Answers.stringOrNumber} replaces {@link #text} once it lands.
 */
public final class WireJson {

  private WireJson() {}

  public static JsonNode parseObject(byte[] body, String what) {
    try {
      JsonNode root = Json.mapper().readTree(body);
      if (root == null || !root.isObject()) {
        throw new MalformedAnswerException(what + ": is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new MalformedAnswerException(
          what + ": is not JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new MalformedAnswerException(what + ": cannot be read", e);
    }
  }

  public static JsonNode parseObject(String text, String what) {
    return parseObject(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), what);
  }

  /** A field as text whether it came as a string or a number; null when absent or blank. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String t = v.asText().strip();
    return t.isEmpty() ? null : t;
  }

  public static String required(JsonNode node, String field) {
    String t = text(node, field);
    if (t == null) {
      throw new MalformedAnswerException(field + ": missing");
    }
    return t;
  }

  /** An integer field, string or number; {@code otherwise} when absent. */
  public static int number(JsonNode node, String field, int otherwise) {
    String t = text(node, field);
    if (t == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new MalformedAnswerException(field + ": is not an integer", e);
    }
  }

  /** A field holding a list of strings, a single string, or nothing. */
  public static List<String> texts(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(e -> out.add(e.isValueNode() ? e.asText() : e.toString()));
    } else {
      String t = v.isValueNode() ? v.asText() : v.toString();
      if (!t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }
}
