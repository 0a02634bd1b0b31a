package vn.connector.testkit;

import java.time.Duration;
import java.util.Objects;

/** A misbehaviour a simulator can be told to show on a call. */
public sealed interface Fault {

  /** Answers normally, but only after {@code delay}. */
  record Delay(Duration delay) implements Fault {
    public Delay {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /** HTTP 503 with a {@code Retry-After} header of {@code retryAfter} (whole seconds). */
  record ServiceUnavailable(Duration retryAfter) implements Fault {
    public ServiceUnavailable {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** HTTP 429 with a {@code Retry-After} header of {@code retryAfter} (whole seconds). */
  record TooManyRequests(Duration retryAfter) implements Fault {
    public TooManyRequests {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** The connection is reset by the server before any answer. */
  record ConnectionReset() implements Fault {}

  /** A 200 answer whose body is not what the contract says (garbage of the right content type). */
  record MalformedBody() implements Fault {}

  /** A 200 answer whose body is cut off half way. */
  record TruncatedBody() implements Fault {}

  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  static Fault serviceUnavailable(Duration retryAfter) {
    return new ServiceUnavailable(retryAfter);
  }

  static Fault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(retryAfter);
  }

  static Fault connectionReset() {
    return new ConnectionReset();
  }

  static Fault malformedBody() {
    return new MalformedBody();
  }

  static Fault truncatedBody() {
    return new TruncatedBody();
  }
}
