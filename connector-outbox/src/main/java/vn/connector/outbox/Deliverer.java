package vn.connector.outbox;

/**
 * Sends items of one (system, type) to the national system; registered with a {@link Dispatcher}.
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder(outbox)
 *     .deliverer("dvcqg", "status", item -> {
 *       portalClient.pushStatus(item.payload(), item.idempotencyKey());
 *       return DeliveryOutcome.delivered();
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Delivery is at least once: an item may be sent again after a crash or a lost answer, always
 * with the same {@link OutboxItem#idempotencyKey()}. A thrown {@link
 * vn.connector.core.ConnectorException} becomes {@link DeliveryOutcome#retry} when {@code
 * isRetryable()}, else {@link DeliveryOutcome#park} with its national code; any other exception is
 * retried. Called from the dispatcher's threads: must be thread-safe.
 */
@FunctionalInterface
public interface Deliverer {

  /** Sends one item; called again for the same item only after this call returned or threw. */
  DeliveryOutcome deliver(OutboxItem item);
}
