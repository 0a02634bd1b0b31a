package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict parsing of inbound callbacks (a CONFIRM): the size is checked before any parsing, the
 * bytes must be UTF-8, the body one JSON object with nothing after it and no key twice. A callback
 * is attacker-reachable: what a lenient reader would take from trailing content or a second object
 * must not exist.
 */
public final class StrictJson {

  private StrictJson() {}

  public static JsonNode parse(byte[] body, int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes: must be positive, was " + maxBytes);
    }
    if (body == null || body.length == 0) {
      throw new IllegalArgumentException("body: empty");
    }
    if (body.length > maxBytes) {
      throw new IllegalArgumentException("body: larger than " + maxBytes + " bytes");
    }
    String text = utf8(body);
    try (JsonParser p = Json.mapper().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("body: not a JSON object");
      }
      JsonNode node = Json.mapper().readTree(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("body: content after the JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "body: not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("body: not UTF-8");
    }
  }
}
