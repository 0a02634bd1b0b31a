package vn.connector.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import vn.connector.core.CallObserver;
import vn.connector.micrometer.internal.BulkGauges;
import vn.connector.micrometer.internal.CallMetrics;
import vn.connector.micrometer.internal.OutboxGauges;
import vn.connector.micrometer.internal.OutboxMetrics;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxListener;

/**
 * The SDK's Micrometer metrics on one {@link MeterRegistry}: calls, attempts, retries, token
 * fetches, signature failures and cache lookups of every client given {@link #observer()}; outbox
 * deliveries through {@link #outboxListener()}, pending, parked and oldest-pending gauges through
 * {@link #monitorOutbox}; bulk runs through {@link #bulkProgress}. Tags are low cardinality by
 * design (system, operation, outcome, status class, reason): never a request id, a dossier code or
 * a citizen's ID. Names and tags are listed in {@code docs/observability.md}. Thread-safe.
 *
 * <pre>{@code
 * ConnectorMetrics metrics = ConnectorMetrics.of(registry);
 * PopulationClient population = PopulationClient.builder()
 *     .configure(config)
 *     .observer(metrics.observer())
 *     .build();
 * Dispatcher dispatcher = Dispatcher.builder(outbox).listener(metrics.outboxListener())
 *     .deliverer("dvcqg", "status", deliverer).build();
 * metrics.monitorOutbox(outbox, Duration.ofSeconds(30));
 * BulkVerifier bulk = population.bulkVerifier(context)
 *     .onProgress(Duration.ofSeconds(10),
 *         p -> metrics.bulkProgress("commune-check", p.done(), p.failed(), p.total()))
 *     .build();
 * }</pre>
 *
 * <p>{@link #close()} stops the outbox poller; meters stay in the registry.
 */
public final class ConnectorMetrics implements AutoCloseable {

  /** A job name is a tag value: a short name, never something that identifies a person. */
  private static final Pattern JOB = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final MeterRegistry registry;
  private final CallMetrics calls;
  private final OutboxMetrics outboxDeliveries;
  private final BulkGauges bulk;
  private OutboxGauges outboxGauges;
  private ScheduledExecutorService poller;

  private ConnectorMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.calls = new CallMetrics(registry);
    this.outboxDeliveries = new OutboxMetrics(registry);
    this.bulk = new BulkGauges(registry);
  }

  /** Metrics on {@code registry}; nothing is registered until the first call, delivery or poll. */
  public static ConnectorMetrics of(MeterRegistry registry) {
    return new ConnectorMetrics(Objects.requireNonNull(registry, "registry"));
  }

  /** The observer to give every client builder ({@code .observer(metrics.observer())}). */
  public CallObserver observer() {
    return calls;
  }

  /** The listener to give the outbox's dispatcher ({@code Dispatcher.Builder#listener}). */
  public OutboxListener outboxListener() {
    return outboxDeliveries;
  }

  /**
   * Keeps the outbox gauges up to date: polls {@link Outbox#report()} now, on this thread (so the
   * gauges have values at once, and a database that cannot be read shows at start-up), then every
   * {@code every} on a daemon thread. Every 30 s to a few minutes is plenty: the report runs a few
   * aggregate queries over the outbox table. One outbox per metrics object.
   *
   * @throws IllegalStateException when an outbox is already monitored
   */
  public synchronized ConnectorMetrics monitorOutbox(Outbox outbox, Duration every) {
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(every, "every");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every: must be positive, was " + every);
    }
    if (outboxGauges != null) {
      throw new IllegalStateException("monitorOutbox: an outbox is already monitored");
    }
    outboxGauges = new OutboxGauges(outbox, registry);
    outboxGauges.poll();
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "connector-metrics-outbox");
              t.setDaemon(true);
              return t;
            });
    long millis = every.toMillis();
    poller.scheduleWithFixedDelay(outboxGauges::poll, millis, millis, TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Polls the monitored outbox now, on this thread; for tests and for portals that run their own
   * scheduler. Nothing when no outbox is monitored.
   */
  public void pollOutbox() {
    OutboxGauges gauges;
    synchronized (this) {
      gauges = outboxGauges;
    }
    if (gauges != null) {
      gauges.poll();
    }
  }

  /**
   * Records where a bulk run stands, as gauges {@code connector.bulk.rows{job, state}}; give it the
   * numbers of each progress report (see the class example).
   *
   * @param job a short name of the run, such as {@code commune-check} (lower-case letters, digits,
   *     '.', '_', '-'; it is a tag value, so never a dossier code or a person's ID)
   */
  public void bulkProgress(String job, long done, long failed, OptionalLong total) {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(total, "total");
    if (!JOB.matcher(job).matches()) {
      throw new IllegalArgumentException(
          "job: lower-case letters, digits, '.', '_' and '-', at most 64, was "
              + vn.connector.core.Masking.identifiersIn(job));
    }
    bulk.record(job, done, failed, total);
  }

  /** Stops the outbox poller, if any; the meters stay registered. */
  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }
}
