/**
 * Durable work on the portal's own database: an {@link vn.connector.outbox.Outbox} written in the
 * portal's transaction and delivered by a {@link vn.connector.outbox.Dispatcher} at least once, in
 * order per key, on several nodes; {@link vn.connector.outbox.Tracker}s that poll a remote dossier
 * until it is final; {@link vn.connector.outbox.FeedCursor}s that follow a remote feed. PostgreSQL
 * and H2 are tested; the schema files ship in {@code vn/connector/outbox/}.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder().dataSource(dataSource).build();
 * Dispatcher dispatcher = Dispatcher.builder(outbox)
 *     .deliverer("dvcqg", "status", item -> portal.push(item))
 *     .build();
 * dispatcher.start();
 * }</pre>
 */
package vn.connector.outbox;
