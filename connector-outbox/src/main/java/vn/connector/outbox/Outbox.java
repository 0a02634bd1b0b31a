package vn.connector.outbox;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import vn.connector.outbox.internal.Database;
import vn.connector.outbox.internal.ItemStore;

/**
 * The portal's outbox: work for the national systems written to the portal's own database, in the
 * portal's own transaction, and delivered later by a {@link Dispatcher} at least once, in order per
 * key.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder()
 *     .dataSource(dataSource)        // PostgreSQL or H2, detected
 *     .build();
 *
 * try (Connection tx = dataSource.getConnection()) {
 *   tx.setAutoCommit(false);
 *   dossiers.updateStatus(tx, dossier, Status.APPROVED);
 *   outbox.enqueue(tx, OutboxItem.of("dvcqg", dossier.code().value(), "status", json));
 *   tx.commit();                     // both or neither
 * }
 * }</pre>
 *
 * <p>The tables are created by the portal's migrations from the files shipped beside this class,
 * {@code vn/connector/outbox/schema-postgresql.sql} and {@code schema-h2.sql} (tested), {@code
 * schema-oracle.sql} and {@code schema-mysql.sql} (documented, not tested); {@link
 * Builder#createSchema(boolean)} creates them at start-up instead. {@link #enqueue(Connection,
 * OutboxItem)} never commits, rolls back nor changes the auto-commit of the connection it is given,
 * and a failure in it never leaves that transaction unusable on PostgreSQL other than by the
 * exception it throws.
 *
 * <p>Immutable and thread-safe: build one per database and share it.
 */
public final class Outbox {

  private final Database database;
  private final ItemStore items;
  private final OutboxObserver observer;

  private Outbox(Builder b) {
    this.database = Database.open(b.dataSource, b.clock, b.createSchema);
    this.items = new ItemStore(database);
    this.observer = b.observer;
  }

  /** A builder; {@link Builder#dataSource} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Enqueues {@code item} in the caller's transaction: it becomes visible to the dispatcher when
   * the caller commits, and is gone if the caller rolls back. Items of one (system, key) enqueued
   * by concurrent transactions are ordered by commit: the second waits for the first to end.
   *
   * @return the item's id; the id already there when (system, key, idempotencyKey) was enqueued
   *     before, in which case nothing is added
   * @throws IllegalStateException if the database refused the write (the caller should roll back)
   */
  public long enqueue(Connection transaction, OutboxItem item) {
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(item, "item");
    return items.enqueue(transaction, item, TraceParents.current(observer));
  }

  /** Enqueues {@code item} in a transaction of its own, committed before this returns. */
  public long enqueue(OutboxItem item) {
    Objects.requireNonNull(item, "item");
    String traceParent = TraceParents.current(observer);
    return database.inTransaction(c -> items.enqueue(c, item, traceParent));
  }

  /** What is pending, parked and delivered now; see {@link OutboxReport}. */
  public OutboxReport report() {
    return items.report();
  }

  /**
   * Makes a parked item pending again, once the data it carries was fixed; the key's later items
   * follow it. It is tried at once; its attempts go on counting (a lease token counts them).
   *
   * @return false if there is no parked item with this id
   */
  public boolean replay(long itemId) {
    return items.replay(itemId);
  }

  /**
   * Deletes delivered items older than {@code age}, to keep the table small; pending and parked
   * items are never deleted. Call it from a daily job.
   *
   * @return how many were deleted
   */
  public int purgeDelivered(Duration age) {
    Objects.requireNonNull(age, "age");
    return items.purgeDelivered(age);
  }

  /** For the dispatcher, trackers and cursors of this package. */
  Database database() {
    return database;
  }

  ItemStore items() {
    return items;
  }

  OutboxObserver observer() {
    return observer;
  }

  /** Builder of {@link Outbox}. */
  public static final class Builder {
    private DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private boolean createSchema;
    private OutboxObserver observer = OutboxObserver.none();

    private Builder() {}

    /**
     * The portal's database (PostgreSQL or H2, detected from the driver). A pool that does not
     * auto-commit works: the outbox commits what it writes on its own; a data source that joins the
     * portal's current transaction (Spring's {@code TransactionAwareDataSourceProxy}) works too for
     * {@link #enqueue(Connection, OutboxItem)}.
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** The clock for ages, leases and backoff (default: system UTC); change it in tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Creates the absent tables at {@link #build()} (default: false, the portal's migrations run
     * the schema file). Worth turning on for a demo or an H2 file database; in production the
     * database user of the application often may not create tables.
     */
    public Builder createSchema(boolean createSchema) {
      this.createSchema = createSchema;
      return this;
    }

    /**
     * Carries traces from enqueue to delivery (default: none), such as {@code
     * connector-opentelemetry}'s. The trace is stored only when {@code outbox_item} has the {@code
     * trace_parent} column of the shipped schema files; an older table works as before, without it.
     */
    public Builder observer(OutboxObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /**
     * Builds the outbox, checking (through the connection's metadata, never a failing query) that
     * its tables are there.
     *
     * @throws IllegalStateException if the data source is missing, the database is neither
     *     PostgreSQL nor H2, or the tables are absent and {@link #createSchema} is off
     */
    public Outbox build() {
      if (dataSource == null) {
        throw new IllegalStateException("dataSource is required");
      }
      return new Outbox(this);
    }
  }
}
