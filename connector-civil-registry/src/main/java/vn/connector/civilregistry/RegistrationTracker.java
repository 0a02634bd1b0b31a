package vn.connector.civilregistry;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.connector.civilregistry.internal.Polled;
import vn.connector.civilregistry.internal.TrackedReference;
import vn.connector.civilregistry.model.DossierState;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.outbox.Acceptor;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.Tracked;
import vn.connector.outbox.Tracker;

/**
 * Follows pushed registrations to their final state at the civil registry (4 có kết quả, 6 từ chối)
 * with a connector-outbox {@link Tracker}: state in the portal's database, resumed after a restart,
 * shared by several nodes. One {@code LayKetQua} asks for up to {@link
 * CivilRegistryClient#batchSize()} dossiers of the same module and province; a dossier is never
 * polled again once its final state was taken.
 *
 * <pre>{@code
 * RegistrationTracker tracker = RegistrationTracker.builder(outbox, dataSource, registry)
 *     .officer("he-thong-mot-cua", "000.00.01.H22")
 *     .listener(listener)
 *     .interval(Duration.ofMinutes(15))
 *     .build();
 * registry.push(context, birth);
 * tracker.track(tx, birth);          // in the portal's transaction, beside its own record
 * tracker.start();                    // or call pollOnce() from the portal's scheduler
 * }</pre>
 *
 * <p>Thread-safe. The supplement request (trạng thái 2) is surfaced through {@link
 * RegistrationListener#supplementRequested} with its deadline and tracking goes on.
 */
public final class RegistrationTracker implements AutoCloseable {

  /** The tracker's system name in the outbox tables. */
  public static final String SYSTEM = "civil-registry";

  private final Tracker<Polled> tracker;

  private RegistrationTracker(Tracker<Polled> tracker) {
    this.tracker = tracker;
  }

  /**
   * @param outbox the portal's outbox, whose tables hold the tracking rows
   * @param dataSource the outbox's database, read to batch the dossiers due together
   * @param registry the client that polls
   */
  public static Builder builder(
      Outbox outbox, DataSource dataSource, CivilRegistryClient registry) {
    return new Builder(outbox, dataSource, registry);
  }

  /** Starts following a pushed registration, in the portal's transaction; a repeat is a no-op. */
  public void track(Connection transaction, Registration registration) {
    tracker.track(transaction, key(registration), reference(registration));
  }

  /** Starts following a pushed registration in a transaction of its own. */
  public void track(Registration registration) {
    tracker.track(key(registration), reference(registration));
  }

  /** Where tracking of a registration stands, if it was ever tracked. */
  public Optional<Tracked> tracked(Registration registration) {
    return tracker.tracked(reference(registration));
  }

  /** Polls the dossiers due now on the calling thread; returns how many were handled. */
  public int pollOnce() {
    return tracker.pollOnce();
  }

  /** Polls on a background thread. */
  public void start() {
    tracker.start();
  }

  @Override
  public void close() {
    tracker.close();
  }

  private static String key(Registration r) {
    return r.dossier().interlinkedCode();
  }

  private static String reference(Registration r) {
    return new TrackedReference(
            r.kind(),
            CivilRegistryClient.provinceOf(r.dossier().registeringUnit()),
            r.dossier().oneStopCode())
        .toString();
  }

  /** Builds a {@link RegistrationTracker}. */
  public static final class Builder {
    private final Outbox outbox;
    private final DataSource dataSource;
    private final CivilRegistryClient registry;
    private RegistrationListener listener;
    private String officerId;
    private String unitCode;
    private Clock clock = Clock.systemUTC();
    private Duration interval = Duration.ofMinutes(15);
    private Duration maxAge = Duration.ofDays(60);
    private Duration lease = Duration.ofMinutes(2);
    private String node;

    private Builder(Outbox outbox, DataSource dataSource, CivilRegistryClient registry) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** What the portal does with states and results. Required. */
    public Builder listener(RegistrationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The account and unit the background polls are audited under (the results carry personal data:
     * the new personal ID, the certificate). Required.
     */
    public Builder officer(String officerId, String unitCode) {
      this.officerId = Objects.requireNonNull(officerId, "officerId");
      this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
      return this;
    }

    /** The outbox's clock (default system UTC): must be the one the {@link Outbox} was given. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The wait between two polls of one dossier (default 15 minutes). Births and deaths take a day
     * or two; a shorter wait only loads the registry.
     */
    public Builder interval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** How long a dossier is followed before it is abandoned (default 60 days). */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
      return this;
    }

    /** How long one node's claim on a dossier holds (default 2 minutes). */
    public Builder lease(Duration lease) {
      this.lease = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /** This node's name in the lease column (default: random). */
    public Builder node(String node) {
      this.node = Objects.requireNonNull(node, "node");
      return this;
    }

    public RegistrationTracker build() {
      if (listener == null) {
        throw new IllegalStateException("listener is required");
      }
      if (officerId == null) {
        throw new IllegalStateException(
            "officer is required: call officer(officerId, unitCode) with the account and unit the background polls are audited under");
      }
      ResultPoller poller =
          new ResultPoller(
              registry, dataSource, SYSTEM, clock, lease, officerId, unitCode, listener);
      RegistrationListener l = listener;
      Tracker.Builder<Polled> b =
          Tracker.<Polled>builder(outbox, SYSTEM)
              .poll(poller)
              .acceptor(RegistrationTracker::accept)
              .describe(Polled::describe)
              .onCompleted(
                  (tx, t, answer) -> {
                    RegistrationStatus s = answer.map(Polled::status).orElse(null);
                    if (s != null && s.isFinal()) {
                      l.completed(tx, s);
                    } else {
                      l.abandoned(tx, t.key(), t.state().name());
                    }
                  })
              .interval(interval)
              .maxAge(maxAge)
              .lease(lease);
      if (node != null) {
        b.node(node);
      }
      return new RegistrationTracker(b.build());
    }
  }

  private static Acceptor.State accept(Polled answer) {
    if (answer.status() == null) {
      return Acceptor.State.KEEP_POLLING;
    }
    return answer.status().state() == DossierState.RESULT
            || answer.status().state() == DossierState.REFUSED
        ? Acceptor.State.FINAL
        : Acceptor.State.KEEP_POLLING;
  }
}
