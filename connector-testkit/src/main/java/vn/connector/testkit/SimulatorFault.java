package vn.connector.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A misbehaviour a simulator can be told to show on a call, the same in every simulator (applied by
 * {@link WireMockFaults}). A simulator checks the call's auth before it serves a queued fault, as a
 * gateway would: a fault is never the answer to an unauthenticated call.
 *
 * <pre>{@code
 * simulator.faults().next(SimulatorFault.badGateway(), SimulatorFault.slowTrickle(Duration.ofSeconds(8)));
 * simulator.tokenFaults().next(SimulatorFault.hang());          // the token endpoint hangs once
 * }</pre>
 */
public sealed interface SimulatorFault {

  /** Answers normally, but only after {@code delay}. */
  record Delay(Duration delay) implements SimulatorFault {
    public Delay {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /** HTTP 503 with a {@code Retry-After} header of {@code retryAfter} (whole seconds). */
  record ServiceUnavailable(Duration retryAfter) implements SimulatorFault {
    public ServiceUnavailable {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** HTTP 429 with a {@code Retry-After} header of {@code retryAfter} (whole seconds). */
  record TooManyRequests(Duration retryAfter) implements SimulatorFault {
    public TooManyRequests {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /** The connection is reset by the server before any answer. */
  record ConnectionReset() implements SimulatorFault {}

  /** A 200 answer whose body is not what the contract says (garbage of the right content type). */
  record MalformedBody() implements SimulatorFault {}

  /** A 200 answer whose body is cut off half way. */
  record TruncatedBody() implements SimulatorFault {}

  /**
   * HTTP 502 from the gateway: the national system may have acted (not retried unless idempotent).
   */
  record BadGateway() implements SimulatorFault {}

  /** HTTP 504 from the gateway: the national system did not answer in time. */
  record GatewayTimeout() implements SimulatorFault {}

  /** HTTP 503 with {@code Retry-After} as an HTTP date (RFC 9110 §10.2.3), not in seconds. */
  record ServiceUnavailableUntil(Instant until) implements SimulatorFault {
    public ServiceUnavailableUntil {
      Objects.requireNonNull(until, "until");
    }
  }

  /** The normal answer's headers, then a broken chunk and the connection closed mid-body. */
  record ResetMidBody() implements SimulatorFault {}

  /** The normal answer, dribbled out in small chunks over {@code total}. */
  record SlowTrickle(Duration total) implements SimulatorFault {
    public SlowTrickle {
      Objects.requireNonNull(total, "total");
    }
  }

  /** A 200 answer with a body of {@code bytes} bytes: past the client's answer-size cap. */
  record OversizedBody(int bytes) implements SimulatorFault {
    public OversizedBody {
      if (bytes < 1) {
        throw new IllegalArgumentException("bytes: must be positive, was " + bytes);
      }
    }
  }

  static SimulatorFault badGateway() {
    return new BadGateway();
  }

  static SimulatorFault gatewayTimeout() {
    return new GatewayTimeout();
  }

  static SimulatorFault serviceUnavailableUntil(Instant until) {
    return new ServiceUnavailableUntil(until);
  }

  static SimulatorFault resetMidBody() {
    return new ResetMidBody();
  }

  static SimulatorFault slowTrickle(Duration total) {
    return new SlowTrickle(total);
  }

  static SimulatorFault oversizedBody(int bytes) {
    return new OversizedBody(bytes);
  }

  /** No answer for a minute: a hung endpoint (ends when the simulator stops). */
  static SimulatorFault hang() {
    return new Delay(Duration.ofMinutes(1));
  }

  static SimulatorFault delay(Duration delay) {
    return new Delay(delay);
  }

  static SimulatorFault serviceUnavailable(Duration retryAfter) {
    return new ServiceUnavailable(retryAfter);
  }

  static SimulatorFault tooManyRequests(Duration retryAfter) {
    return new TooManyRequests(retryAfter);
  }

  static SimulatorFault connectionReset() {
    return new ConnectionReset();
  }

  static SimulatorFault malformedBody() {
    return new MalformedBody();
  }

  static SimulatorFault truncatedBody() {
    return new TruncatedBody();
  }
}
