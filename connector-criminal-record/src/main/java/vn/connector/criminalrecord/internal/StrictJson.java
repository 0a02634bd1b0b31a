package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.connector.core.internal.Json;

/**
 * Strict reading of an inbound body: size checked before parsing, UTF-8 only, one JSON object and
 * nothing after it, no repeated key. TODO(core): move to Answers.strictJson once core has it.
 */
public final class StrictJson {

  private static final ObjectReader READER =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}

  /**
   * @throws IllegalArgumentException saying what is wrong (never quoting the body)
   */
  public static JsonNode object(byte[] body, int maxBytes) {
    if (body.length > maxBytes) {
      throw new IllegalArgumentException("body: larger than " + maxBytes + " bytes");
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("body: is not UTF-8");
    }
    JsonNode node;
    try {
      node = READER.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("body: is not one well-formed JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("body: must be a JSON object");
    }
    return node;
  }
}
