package vn.connector.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how often a call is tried again. Immutable and thread-safe.
 *
 * <p>Retried: transport failures (connection refused or reset, timeouts), HTTP 429 and 503 (the
 * service did not process the request), 502 and 504. Never retried: any other 4xx, TLS and
 * host-name failures, unknown hosts, signature failures. A call that is not {@linkplain
 * Call#idempotent() idempotent} is retried only where the request cannot have been processed: a
 * refused connection, 429 or 503. {@code Retry-After} is honoured up to {@link
 * Builder#maxRetryAfter}; a longer wait ends the call with a retryable {@link ServiceException}
 * rather than waiting past the caller's patience. Backoff pauses have jitter. The deadline bounds
 * the whole call: pool lease, token fetch, connect, every attempt and body read are cut at the time
 * left.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(5)
 *     .deadline(Duration.ofMinutes(2))
 *     .build();
 * }</pre>
 */
public final class RetryPolicy {

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration deadline;
  private final boolean jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.deadline = b.deadline;
    this.jitter = b.jitter;
  }

  /** 3 attempts, backoff 500 ms doubling to 8 s, Retry-After honoured up to 30 s, 60 s in all. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  public Duration deadline() {
    return deadline;
  }

  /**
   * The pause before attempt {@code attempt + 1} when the service gave no Retry-After: the
   * exponential step, and with jitter (the default) a random point between half of it and all of
   * it, so that portals cut off by the same outage do not come back in the same millisecond.
   */
  public Duration backoff(int attempt) {
    return backoff(attempt, () -> ThreadLocalRandom.current().nextDouble());
  }

  Duration backoff(int attempt, DoubleSupplier random) {
    long millis = initialBackoff.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20);
    long step = Math.min(millis, maxBackoff.toMillis());
    if (!jitter) {
      return Duration.ofMillis(step);
    }
    return Duration.ofMillis(step / 2 + (long) (random.getAsDouble() * (step - step / 2)));
  }

  /** Whether backoff pauses are randomised (the default). */
  public boolean hasJitter() {
    return jitter;
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Duration deadline = Duration.ofSeconds(60);
    private boolean jitter = true;

    private Builder() {}

    /**
     * Randomises each backoff pause between half and all of its step (default on). Turn it off only
     * where pauses must be predictable, such as a test asserting them.
     */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Attempts in all, the first included (default 3). Raise it for batch jobs that can wait; lower
     * it to 1 for calls made while a citizen waits at the counter.
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("maxAttempts: must be 1-20, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Pause before the second attempt when the service gives no Retry-After (default 500 ms),
     * doubling each time up to {@code maxBackoff} (default 8 s).
     */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = positive(initial, "initialBackoff");
      this.maxBackoff = positive(max, "maxBackoff");
      return this;
    }

    /**
     * The longest Retry-After the SDK waits for (default 30 s). National systems under load ask for
     * minutes at times; a batch job may accept that, an interactive call should not.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * The overall time a call may take, retries and pauses included (default 60 s): no retry starts
     * that would end past it.
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("maxBackoff must not be shorter than initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive, was " + d);
      }
      return d;
    }
  }
}
