package vn.connector.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Deliverer} made of one attempt: delivered, try again later, or park the item until
 * an operator replays it.
 *
 * <pre>{@code
 * Deliverer deliverer = item -> {
 *   Verdict v = client.pushStatus(item.payload(), item.idempotencyKey());
 *   return v.kind() == Verdict.Kind.REFUSE
 *       ? DeliveryOutcome.park(v.code(), v.text())
 *       : DeliveryOutcome.delivered();
 * };
 * }</pre>
 *
 * <p>Immutable.
 */
public final class DeliveryOutcome {

  /** The three outcomes. */
  public enum Kind {
    /** The system has the item (also when it answered "already there"). */
    DELIVERED,
    /** A transient failure: the item is tried again after the backoff. */
    RETRY,
    /** A permanent refusal: the item and its key's later items wait until it is replayed. */
    PARK
  }

  private static final DeliveryOutcome DELIVERED =
      new DeliveryOutcome(Kind.DELIVERED, null, null, null);

  private final Kind kind;
  private final String code;
  private final String text;
  private final Duration after;

  private DeliveryOutcome(Kind kind, String code, String text, Duration after) {
    this.kind = kind;
    this.code = code;
    this.text = text;
    this.after = after;
  }

  /** The system has the item. */
  public static DeliveryOutcome delivered() {
    return DELIVERED;
  }

  /**
   * Try again after the dispatcher's backoff.
   *
   * @param why a short reason for the report and the logs; must not hold personal data
   */
  public static DeliveryOutcome retry(String why) {
    return new DeliveryOutcome(Kind.RETRY, null, clip(why, "why"), null);
  }

  /**
   * Try again no sooner than {@code after}, e.g. when the system sent {@code Retry-After}; the
   * dispatcher waits the longer of this and its backoff.
   */
  public static DeliveryOutcome retryAfter(Duration after, String why) {
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) {
      throw new IllegalArgumentException("after must not be negative");
    }
    return new DeliveryOutcome(Kind.RETRY, null, clip(why, "why"), after);
  }

  /**
   * Park the item: the system refused it for good. The national code and text go into the report so
   * an operator can fix the data and {@link Outbox#replay replay} it.
   */
  public static DeliveryOutcome park(String nationalCode, String text) {
    return new DeliveryOutcome(
        Kind.PARK, clip(nationalCode, "nationalCode"), clip(text, "text"), null);
  }

  public Kind kind() {
    return kind;
  }

  /** The national code of a parked item. */
  public Optional<String> nationalCode() {
    return Optional.ofNullable(code);
  }

  /** The reason of a retry, or the national text of a parked item. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The least wait before the next attempt, when the system asked for one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(after);
  }

  @Override
  public String toString() {
    return kind + (code == null ? "" : " " + code) + (text == null ? "" : ": " + text);
  }

  private static String clip(String value, String field) {
    Objects.requireNonNull(value, field);
    // The schema keeps 1,000 characters; a longer national text is cut, not refused.
    return value.length() > 1000 ? value.substring(0, 1000) : value;
  }
}
