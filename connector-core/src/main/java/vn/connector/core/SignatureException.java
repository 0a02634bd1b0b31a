package vn.connector.core;

import java.util.Objects;

/**
 * A signature, digest or checksum rule failed: the message may have been tampered with, replayed,
 * or signed by a key that is not trusted. {@link #rule()} names the rule, such as {@code
 * "content-digest mismatch"} or {@code "nonce replayed"}. A security failure, never retried.
 */
public final class SignatureException extends ResponseException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public SignatureException(Call call, String rule) {
    this(call, rule, null);
  }

  public SignatureException(Call call, String rule, Throwable cause) {
    super(call, "signature check failed: " + Objects.requireNonNull(rule, "rule"), cause);
    this.rule = rule;
  }

  /** The rule that failed. */
  public String rule() {
    return rule;
  }
}
