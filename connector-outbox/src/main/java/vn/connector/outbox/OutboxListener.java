package vn.connector.outbox;

import java.time.Duration;

/**
 * Hook for metrics (counts, ages, attempts), e.g. a Micrometer binding: every method has an empty
 * default, so a listener implements only what it counts. Called on the dispatcher's threads right
 * after the outcome is recorded; must be quick and must not throw (what it throws is logged and
 * dropped).
 *
 * <pre>{@code
 * OutboxListener metrics = new OutboxListener() {
 *   public void delivered(OutboxItem item, int attempts, Duration age) {
 *     registry.timer("outbox.age", "system", item.system()).record(age);
 *   }
 * };
 * Dispatcher.builder(outbox).listener(metrics);
 * }</pre>
 */
public interface OutboxListener {

  /**
   * An item was delivered on attempt number {@code attempts}, {@code age} after it was enqueued.
   */
  default void delivered(OutboxItem item, int attempts, Duration age) {}

  /** Attempt number {@code attempts} failed; the next one comes after {@code delay}. */
  default void retrying(OutboxItem item, int attempts, String why, Duration delay) {}

  /** The item was parked on attempt number {@code attempts} with the national code. */
  default void parked(OutboxItem item, int attempts, String nationalCode) {}

  /** The lease of an item held by a node that stopped answering ran out; another node takes it. */
  default void leaseExpired(OutboxItem item, int attempts) {}

  /** A listener that counts nothing. */
  static OutboxListener none() {
    return new OutboxListener() {};
  }
}
