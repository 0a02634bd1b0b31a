package vn.connector.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import vn.connector.outbox.internal.TrackerLoop;
import vn.connector.outbox.internal.TrackerStore;

/**
 * Follows remote dossiers until they reach a final state, by polling, with its state in the
 * database: it resumes where it was after a restart, and several nodes share the work.
 *
 * <pre>{@code
 * Tracker<CaseStatus> tracker = Tracker.<CaseStatus>builder(outbox, "civil-registry")
 *     .poll(t -> registry.status(context, t.reference()))
 *     .acceptor(s -> s.isFinal() ? Acceptor.State.FINAL : Acceptor.State.KEEP_POLLING)
 *     .onCompleted((tx, t, status) -> dossiers.record(tx, t.key(), status))
 *     .interval(Duration.ofMinutes(10))
 *     .maxAge(Duration.ofDays(30))
 *     .build();
 * tracker.track(tx, dossier.code().value(), remoteReference);  // in the portal's transaction
 * tracker.start();
 * }</pre>
 *
 * <p>Each due dossier is polled once per {@link Builder#interval}; a failed poll waits by the
 * {@link Builder#backoff}. When the {@link Acceptor} says final or error, the completion runs in
 * the same transaction as the end of tracking (so it happens once, and a portal may enqueue
 * follow-up {@link OutboxItem}s there); a dossier not final within {@link Builder#maxAge} ends as
 * {@link Tracked.State#EXPIRED}, with its completion given no answer.
 *
 * <p>Thread-safe.
 *
 * @param <T> what one poll answers
 */
public final class Tracker<T> implements AutoCloseable {

  private final TrackerStore store;
  private final TrackerLoop<T> loop;

  private Tracker(Builder<T> b) {
    this.store = new TrackerStore(b.outbox.database(), b.system);
    this.loop =
        new TrackerLoop<>(
            store,
            b.poll,
            b.acceptor,
            b.completion,
            b.describe,
            new TrackerLoop.Settings(b.batchSize, b.interval, b.backoff, b.maxAge, b.lease, b.node),
            b.random);
  }

  /** A builder of a tracker for dossiers of {@code system}. */
  public static <T> Builder<T> builder(Outbox outbox, String system) {
    return new Builder<>(outbox, system);
  }

  /**
   * Starts tracking {@code reference} in the caller's transaction (first poll at once after the
   * commit). Tracking a reference already tracked changes nothing.
   *
   * @return the id of the tracking row
   */
  public long track(Connection transaction, String key, String reference) {
    Objects.requireNonNull(transaction, "transaction");
    return store.track(transaction, check(key, "key"), check(reference, "reference"));
  }

  /** Starts tracking in a transaction of its own. */
  public long track(String key, String reference) {
    return store.track(check(key, "key"), check(reference, "reference"));
  }

  /** Where tracking of {@code reference} stands, if it was ever tracked. */
  public Optional<Tracked> tracked(String reference) {
    return store.find(check(reference, "reference"));
  }

  /**
   * Polls the dossiers due now on the calling thread and returns how many; for tests and for
   * portals that run their own scheduler.
   */
  public int pollOnce() {
    return loop.runOnce();
  }

  /** Polls on a background thread every {@link Builder#interval} (or sooner while work is due). */
  public void start() {
    loop.start();
  }

  /** Stops polling; a poll in progress ends first. */
  @Override
  public void close() {
    loop.close();
  }

  private static String check(String value, String field) {
    return OutboxItem.name(value, field, OutboxItem.MAX_KEY);
  }

  /** Asks the remote system where one dossier stands. */
  @FunctionalInterface
  public interface Poll<T> {
    T poll(Tracked tracked);
  }

  /**
   * Runs once when tracking ends, inside the transaction that records the end: what it writes
   * through {@code transaction} commits with it. A thrown exception rolls both back, and the
   * dossier is polled again after the backoff.
   */
  @FunctionalInterface
  public interface Completion<T> {
    /**
     * @param tracked the dossier, with its final state
     * @param answer the last answer; empty when it expired or the poll itself failed
     */
    void completed(Connection transaction, Tracked tracked, Optional<T> answer) throws SQLException;
  }

  /** Builder of {@link Tracker}. */
  public static final class Builder<T> {
    private final Outbox outbox;
    private final String system;
    private Poll<T> poll;
    private Acceptor<T> acceptor;
    private Completion<T> completion = (tx, t, a) -> {};
    private Function<T, String> describe = String::valueOf;
    private int batchSize = 20;
    private Duration interval = Duration.ofMinutes(5);
    private Backoff backoff = Backoff.exponential(Duration.ofSeconds(30), Duration.ofHours(1));
    private Duration maxAge = Duration.ofDays(30);
    private Duration lease = Duration.ofMinutes(2);
    private String node = "node-" + UUID.randomUUID();
    private RandomGenerator random = RandomGenerator.getDefault();

    private Builder(Outbox outbox, String system) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.system = OutboxItem.name(system, "system", OutboxItem.MAX_NAME);
    }

    /** How to ask for one dossier's state (required). */
    public Builder<T> poll(Poll<T> poll) {
      this.poll = Objects.requireNonNull(poll, "poll");
      return this;
    }

    /** What an answer means (required). */
    public Builder<T> acceptor(Acceptor<T> acceptor) {
      this.acceptor = Objects.requireNonNull(acceptor, "acceptor");
      return this;
    }

    /** What to do when tracking ends (default: nothing). */
    public Builder<T> onCompleted(Completion<T> completion) {
      this.completion = Objects.requireNonNull(completion, "completion");
      return this;
    }

    /**
     * How an answer is kept in the tracking row for operators (default: {@code toString}, cut at
     * 1,000 characters); must not put personal data in the database beyond what the portal keeps.
     */
    public Builder<T> describe(Function<T, String> describe) {
      this.describe = Objects.requireNonNull(describe, "describe");
      return this;
    }

    /** Dossiers polled per round at most (default 20), to spare the remote system. */
    public Builder<T> batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1");
      }
      this.batchSize = batchSize;
      return this;
    }

    /** The wait between two polls of one dossier (default 5 min). */
    public Builder<T> interval(Duration interval) {
      this.interval = positive(interval, "interval");
      return this;
    }

    /** The wait after a failed poll (default 30 s doubling to 1 h, half jitter). */
    public Builder<T> backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** How long a dossier is followed before it ends as expired (default 30 days). */
    public Builder<T> maxAge(Duration maxAge) {
      this.maxAge = positive(maxAge, "maxAge");
      return this;
    }

    /** How long a node's claim on a dossier holds (default 2 min); longer than a poll takes. */
    public Builder<T> lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return this;
    }

    /** This node's name in the lease column (default: random). */
    public Builder<T> node(String node) {
      this.node = OutboxItem.name(node, "node", 100);
      return this;
    }

    /** The source of the backoff's jitter; seed it in tests. */
    public Builder<T> random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * @throws IllegalStateException if poll or acceptor is missing
     */
    public Tracker<T> build() {
      if (poll == null) {
        throw new IllegalStateException("poll is required");
      }
      if (acceptor == null) {
        throw new IllegalStateException("acceptor is required");
      }
      return new Tracker<>(this);
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
