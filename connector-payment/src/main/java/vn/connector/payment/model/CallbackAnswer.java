package vn.connector.payment.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The answer to write back to a payment callback, and what the SDK made of the callback.
 *
 * @param json the answer body, to send with {@link #contentType()} and HTTP 200
 * @param outcome the typed outcome
 */
public record CallbackAnswer(String json, ConfirmOutcome outcome) {

  public CallbackAnswer {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The answer body as UTF-8 bytes. */
  public byte[] body() {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  public String contentType() {
    return "application/json; charset=utf-8";
  }
}
