package vn.connector.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import vn.connector.core.Sleeper;
import vn.connector.outbox.internal.DispatchLoop;

/**
 * Delivers the items of an {@link Outbox}: at least once, in order per (system, key), with jittered
 * backoff persisted in the database (so it survives restarts), on as many portal nodes as share the
 * database.
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder(outbox)
 *     .deliverer("dvcqg", "status", item -> portal.pushStatus(item))
 *     .threads(4)
 *     .build();
 * dispatcher.start();
 * ...
 * dispatcher.close();   // on shutdown: lets deliveries in progress end
 * }</pre>
 *
 * <p>How it shares work: each node claims the earliest undelivered item of a key with a lease (a
 * conditional UPDATE, no transaction held open during a delivery), renews the lease while the
 * delivery runs, and records the outcome only while it still holds the lease. A node that dies
 * mid-delivery holds nothing once its lease ran out: another node delivers the item again, with the
 * same idempotency key. Item n+1 of a key is never handed to a deliverer before item n was
 * delivered or parked; a parked item holds back its key until it is {@link Outbox#replay replayed}.
 *
 * <p>Thread-safe. {@link #start()} once; {@link #close()} is idempotent.
 */
public final class Dispatcher implements AutoCloseable {

  private final DispatchLoop loop;

  private Dispatcher(Builder b) {
    this.loop =
        new DispatchLoop(
            b.outbox.database(),
            b.outbox.items().leases(),
            Map.copyOf(b.deliverers),
            new DispatchLoop.Settings(
                b.threads, b.pollInterval, b.batchSize, b.lease, b.backoff, b.parkAfter, b.node),
            b.listener,
            b.outbox.observer(),
            b.random,
            b.sleeper);
  }

  /** A builder for the items of {@code outbox}. */
  public static Builder builder(Outbox outbox) {
    return new Builder(outbox);
  }

  /** Starts polling and delivering on background threads. */
  public void start() {
    loop.start();
  }

  /**
   * Claims and delivers the items due now on the calling thread, one after the other, and returns
   * how many it handled (delivered, retried or parked); for tests and for portals that run the
   * outbox from their own scheduler instead of {@link #start()}.
   */
  public int dispatchOnce() {
    return loop.runOnce();
  }

  /**
   * Stops claiming, waits up to the lease for the deliveries in progress to end, then stops. An
   * item still in delivery after that is delivered again by a node later.
   */
  @Override
  public void close() {
    loop.close();
  }

  /** Builder of {@link Dispatcher}. */
  public static final class Builder {
    private final Outbox outbox;
    private final Map<String, Deliverer> deliverers = new HashMap<>();
    private int threads = 2;
    private Duration pollInterval = Duration.ofSeconds(1);
    private int batchSize = 10;
    private Duration lease = Duration.ofMinutes(2);
    private Backoff backoff = Backoff.exponential(Duration.ofSeconds(5), Duration.ofMinutes(30));
    private int parkAfter = Integer.MAX_VALUE;
    private String node = "node-" + UUID.randomUUID();
    private OutboxListener listener = OutboxListener.none();
    private RandomGenerator random = RandomGenerator.getDefault();
    private Sleeper sleeper = Sleeper.system();

    private Builder(Outbox outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Delivers the items of ({@code system}, {@code type}); one deliverer per pair. */
    public Builder deliverer(String system, String type, Deliverer deliverer) {
      OutboxItem.name(system, "system", OutboxItem.MAX_NAME);
      OutboxItem.name(type, "type", OutboxItem.MAX_NAME);
      Objects.requireNonNull(deliverer, "deliverer");
      if (deliverers.putIfAbsent(DispatchLoop.route(system, type), deliverer) != null) {
        throw new IllegalArgumentException("deliverer for " + system + "/" + type + " is set");
      }
      return this;
    }

    /** Deliveries at the same time on this node (default 2); each holds one HTTP connection. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * How often the database is asked for due items when there was nothing to do (default 1 s); it
     * bounds the delay from a commit to its delivery. Shorter costs one cheap query per node per
     * interval.
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * Items this node holds at most, in delivery or claimed and waiting for a worker (default 10,
     * at least {@link #threads}); claiming ahead saves queries, but what one node holds the others
     * cannot take until it is done or its lease runs out.
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1");
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * How long a claim holds without renewal (default 2 min); renewed every third of it while the
     * delivery runs. After a node dies, its items wait this long before another node takes them:
     * shorter recovers sooner but needs the nodes' clocks to agree more closely.
     */
    public Builder lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /** The wait between attempts of one item (default 5 s doubling to 30 min, half jitter). */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * Parks an item after this many failed attempts (default: never; an outage of the national side
     * must not park a day's work). Parked by this rule, its code is {@code "RETRIES"}.
     */
    public Builder parkAfter(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("parkAfter must be at least 1");
      }
      this.parkAfter = attempts;
      return this;
    }

    /** This node's name in the lease column (default: random); a host name helps operators. */
    public Builder node(String node) {
      this.node = OutboxItem.name(node, "node", 100);
      return this;
    }

    /** The metrics hook (default: none). */
    public Builder listener(OutboxListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The source of the backoff's jitter; seed it in tests. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Waits between tries to record an outcome while the database is unavailable. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @throws IllegalStateException if no deliverer is set
     */
    public Dispatcher build() {
      if (deliverers.isEmpty()) {
        throw new IllegalStateException("at least one deliverer is required");
      }
      return new Dispatcher(this);
    }

    private static Duration positive(Duration d, String field) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + " must be positive");
      }
      return d;
    }
  }
}
