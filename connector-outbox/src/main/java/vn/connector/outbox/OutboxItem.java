package vn.connector.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * One piece of work to deliver to a national system, written to the portal's database in the same
 * transaction as the change it reports.
 *
 * <pre>{@code
 * OutboxItem item = OutboxItem.of("dvcqg", dossier.code().value(), "status", json);
 * outbox.enqueue(connection, item);  // inside the portal's own transaction
 * }</pre>
 *
 * @param system the national system it goes to, e.g. {@code "dvcqg"}; with {@code type} it picks
 *     the {@link Deliverer}
 * @param key the ordering key, usually the dossier code: items of one (system, key) are delivered
 *     one after the other in the order they were enqueued
 * @param type what kind of item it is for that system, e.g. {@code "status"}
 * @param payload what to send, usually JSON; possibly personal data, so never logged
 * @param idempotencyKey the same on every attempt, for the receiver to recognise a repeat; an item
 *     whose (system, key, idempotencyKey) is already in the outbox is not enqueued twice
 */
public record OutboxItem(
    String system, String key, String type, String payload, String idempotencyKey) {

  /** Longest system or type name the schema holds. */
  public static final int MAX_NAME = 64;

  /** Longest key or idempotency key the schema holds. */
  public static final int MAX_KEY = 200;

  public OutboxItem {
    system = name(system, "system", MAX_NAME);
    key = name(key, "key", MAX_KEY);
    type = name(type, "type", MAX_NAME);
    Objects.requireNonNull(payload, "payload");
    idempotencyKey = name(idempotencyKey, "idempotencyKey", MAX_KEY);
  }

  /** An item with a fresh random idempotency key. */
  public static OutboxItem of(String system, String key, String type, String payload) {
    return new OutboxItem(system, key, type, payload, UUID.randomUUID().toString());
  }

  /** The payload is left out: it may hold personal data. */
  @Override
  public String toString() {
    return "OutboxItem[system="
        + system
        + ", key="
        + key
        + ", type="
        + type
        + ", idempotencyKey="
        + idempotencyKey
        + "]";
  }

  static String name(String value, String field, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(field + " must not hold control characters");
      }
    }
    return value;
  }
}
