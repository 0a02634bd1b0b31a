package vn.connector.payment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import vn.connector.core.internal.Json;

/**
 * JSON for the payment wire: field order kept as written, parse failures as
 * IllegalArgumentException.
 */
public final class PaymentJson {

  // Core's mapper refuses a repeated key: a tamperer could otherwise add a second SoTien that one
  // reader takes and another ignores.
  private static final ObjectMapper MAPPER = Json.mapper();

  private PaymentJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Largest callback body read (64 KiB; a CONFIRM is under 1 KiB): a larger one is refused before
   * any parsing, since the callback URL is reachable by anyone.
   */
  public static final int MAX_CALLBACK_BYTES = 64 * 1024;

  /**
   * A callback body read strictly (core's {@code Answers.strictJson}): refused when larger than
   * {@link #MAX_CALLBACK_BYTES}, not UTF-8, not exactly one JSON object, followed by anything, or
   * repeating a key.
   */
  public static JsonNode callback(byte[] body) {
    return vn.connector.core.Answers.strictJson(body, MAX_CALLBACK_BYTES);
  }

  /** The JSON object in {@code body}; IllegalArgumentException when it is not one. */
  public static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      return requireObject(node);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }

  public static JsonNode parse(String body) {
    try {
      return requireObject(MAPPER.readTree(body));
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }

  private static JsonNode requireObject(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return node;
  }
}
