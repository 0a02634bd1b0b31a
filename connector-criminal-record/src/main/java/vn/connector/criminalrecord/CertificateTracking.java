package vn.connector.criminalrecord;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.criminalrecord.model.CertificateEvidence;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.outbox.Acceptor;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.Tracked;
import vn.connector.outbox.Tracker;

/**
 * Follows submitted dossiers until the ministry has decided, one dossier per status call, with its
 * state in the portal's database (connector-outbox's {@link Tracker}): it resumes after a restart,
 * and nodes share the work. At 9 or 10 the certificate, checked to be a PDF, goes to the {@link
 * CertificateKeeper} with its SHA-256 evidence record, in the transaction that ends tracking.
 *
 * <pre>{@code
 * CertificateTracking tracking = CertificateTracking.builder(outbox, client)
 *     .officer("he-thong-mot-cua", "000.00.01.H22")
 *     .keeper(keeper)
 *     .interval(Duration.ofHours(1))
 *     .build();
 * tracking.track(tx, declaration.dossierCode());   // in the transaction that recorded the submission
 * tracking.start();
 * }</pre>
 *
 * <p>A dossier not yet known to the ministry, or still at 1, 2, 4, 5 or 6, is polled again; 3, 7
 * and 8 end tracking without a certificate; a certificate that is not a PDF ends it as an error.
 * Thread-safe.
 */
public final class CertificateTracking implements AutoCloseable {

  static final String SYSTEM = LltpCalls.SYSTEM;

  private final Tracker<Optional<DossierStatus>> tracker;

  private CertificateTracking(Tracker<Optional<DossierStatus>> tracker) {
    this.tracker = tracker;
  }

  public static Builder builder(Outbox outbox, CriminalRecordClient client) {
    return new Builder(outbox, client);
  }

  /** Starts tracking in the caller's transaction; tracking a dossier twice changes nothing. */
  public long track(java.sql.Connection transaction, DossierCode dossierCode) {
    return tracker.track(transaction, dossierCode.value(), dossierCode.value());
  }

  /** Starts tracking in a transaction of its own. */
  public long track(DossierCode dossierCode) {
    return tracker.track(dossierCode.value(), dossierCode.value());
  }

  /** Where tracking of the dossier stands. */
  public Optional<Tracked> tracked(DossierCode dossierCode) {
    return tracker.tracked(dossierCode.value());
  }

  /** Polls the dossiers due now on the calling thread; how many. */
  public int pollOnce() {
    return tracker.pollOnce();
  }

  /** Polls in the background at the configured interval. */
  public void start() {
    tracker.start();
  }

  @Override
  public void close() {
    tracker.close();
  }

  static Acceptor.State accept(Optional<DossierStatus> status) {
    if (status.isEmpty() || !status.get().state().isFinal()) {
      return Acceptor.State.KEEP_POLLING;
    }
    return Acceptor.State.FINAL;
  }

  /** Builds a {@link CertificateTracking}. */
  public static final class Builder {
    private final Outbox outbox;
    private final CriminalRecordClient client;
    private String officer;
    private String unit;
    private CertificateKeeper keeper;
    private Duration interval = Duration.ofMinutes(30);
    private Duration maxAge = Duration.ofDays(60);
    private Clock clock = Clock.systemUTC();

    private Builder(Outbox outbox, CriminalRecordClient client) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.client = Objects.requireNonNull(client, "client");
    }

    /** Who polls, for the call context and the audit: the portal's system account and unit. */
    public Builder officer(String officerId, String unitCode) {
      this.officer = Objects.requireNonNull(officerId, "officerId");
      this.unit = Objects.requireNonNull(unitCode, "unitCode");
      return this;
    }

    public Builder keeper(CertificateKeeper keeper) {
      this.keeper = Objects.requireNonNull(keeper, "keeper");
      return this;
    }

    /** Time between polls of one dossier (default 30 minutes; the ministry decides in days). */
    public Builder interval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** How long to follow a dossier before it ends as expired (default 60 days). */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
      return this;
    }

    /** The clock of the evidence records' time (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public CertificateTracking build() {
      if (officer == null) {
        throw new IllegalStateException(
            "officer is required: call officer(officerId, unitCode) with the account and unit the background polls are audited under");
      }
      if (keeper == null) {
        throw new IllegalStateException("keeper is required");
      }
      CertificateKeeper k = keeper;
      Tracker<Optional<DossierStatus>> tracker =
          Tracker.<Optional<DossierStatus>>builder(outbox, SYSTEM)
              .poll(t -> client.status(context(t), DossierCode.parse(t.reference())))
              .acceptor(CertificateTracking::accept)
              .describe(s -> s.map(DossierStatus::nationalState).orElse("unknown"))
              .onCompleted(
                  (tx, t, last) -> {
                    Optional<DossierStatus> status = last.flatMap(s -> s);
                    DossierCode code = DossierCode.parse(t.reference());
                    if (status.isPresent() && status.get().certificate() != null) {
                      var c = status.get().certificate();
                      k.keep(tx, c, CertificateEvidence.of(code, c, clock.instant()));
                    } else {
                      k.ended(tx, code, status);
                    }
                  })
              .interval(interval)
              .maxAge(maxAge)
              .build();
      return new CertificateTracking(tracker);
    }

    private CallContext context(Tracked t) {
      return CallContext.of(
          officer, unit, DossierCode.parse(t.reference()), Purpose.PROCEDURE_HANDLING);
    }
  }
}
