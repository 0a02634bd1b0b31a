package vn.connector.outbox.internal;

import java.time.Instant;
import vn.connector.outbox.OutboxItem;

/**
 * An item this node holds the lease of. The lease token is (owner, attempt): every claim counts an
 * attempt, so a node whose lease ran out and was taken over can no longer record an outcome.
 *
 * @param id the row
 * @param seq its number in its key
 * @param item the item
 * @param attempt the number of this attempt, 1 for the first
 * @param createdAt when it was enqueued
 * @param owner this node's lease owner id
 * @param takenOver whether another node's lease ran out on it
 * @param traceParent the W3C traceparent stored at enqueue, or null
 */
public record Claimed(
    long id,
    long seq,
    OutboxItem item,
    int attempt,
    Instant createdAt,
    String owner,
    boolean takenOver,
    String traceParent) {}
