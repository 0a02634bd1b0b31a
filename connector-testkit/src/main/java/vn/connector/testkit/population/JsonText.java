package vn.connector.testkit.population;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A JSON string literal of a text. */
final class JsonText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonText() {}

  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
