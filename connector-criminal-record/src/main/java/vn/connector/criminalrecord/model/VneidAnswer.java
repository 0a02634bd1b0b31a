package vn.connector.criminalrecord.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the province answers to a VNeID push: write {@link #body()} back with HTTP 200 and {@link
 * #contentType()}.
 *
 * @param accepted whether the answer is {@code 00}
 * @param reason why it was refused, empty when accepted
 * @param body the answer's bytes
 */
public record VneidAnswer(boolean accepted, String reason, byte[] body) {

  public VneidAnswer {
    Objects.requireNonNull(reason, "reason");
    body = Objects.requireNonNull(body, "body").clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The media type of {@link #body()}. */
  public String contentType() {
    return "application/json; charset=utf-8";
  }

  @Override
  public String toString() {
    return "VneidAnswer["
        + (accepted ? "00" : "01 " + reason)
        + ", "
        + new String(body, StandardCharsets.UTF_8).length()
        + " chars]";
  }
}
