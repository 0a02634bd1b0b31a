package vn.connector.outbox;

import java.util.Optional;

/**
 * Carries a trace from where an item is enqueued to where it is delivered, for tracing bindings
 * such as {@code connector-opentelemetry}'s: at {@link Outbox#enqueue} the observer gives the
 * current trace as a W3C {@code traceparent}, which is stored with the item (column {@code
 * trace_parent}, when the table has it); around each delivery attempt it is given that {@code
 * traceparent} back, to open the delivery's span as a child of the enqueuing one. Both methods have
 * empty defaults. Must be thread-safe and quick; what it throws is logged and dropped.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder().dataSource(dataSource).observer(tracing.outboxObserver()).build();
 * }</pre>
 *
 * <p>Counts and ages are the {@link OutboxListener}'s, not this one's.
 */
public interface OutboxObserver {

  /**
   * On the enqueuing thread: the current trace as a W3C {@code traceparent} ({@code
   * 00-<trace-id>-<span-id>-<flags>}), or empty when there is none. A value not in that form is not
   * stored.
   */
  default Optional<String> traceParent() {
    return Optional.empty();
  }

  /**
   * On the dispatcher's thread, just before the item's deliverer is called.
   *
   * @param attempt the attempt's number, 1 for the first
   * @param traceParent what {@link #traceParent()} gave when the item was enqueued; empty when it
   *     gave nothing or the table has no {@code trace_parent} column
   * @return what is told when the attempt ends, on the same thread
   */
  default DeliveryObservation deliveryStarted(
      OutboxItem item, int attempt, Optional<String> traceParent) {
    return DeliveryObservation.NONE;
  }

  /** An observer that carries nothing. */
  static OutboxObserver none() {
    return new OutboxObserver() {};
  }

  /** The observation of one delivery attempt. */
  @FunctionalInterface
  interface DeliveryObservation {

    /** Watches nothing. */
    DeliveryObservation NONE = outcome -> {};

    /**
     * The deliverer returned or threw; {@code outcome} is what the dispatcher makes of it (before a
     * retry is turned into parking after too many attempts).
     */
    void deliveryEnded(DeliveryOutcome.Kind outcome);
  }
}
