package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.BirthDate;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;
import vn.connector.testkit.population.RecordingAuditListener;

/**
 * However a bulk run ends, nothing of it arrives afterwards; it can be cancelled; BOMs are read.
 */
@ExtendWith(PopulationSimulatorExtension.class)
class BulkRunEndTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15));
  private static final Duration SLOW = Duration.ofMillis(300);

  /** {@code count} rows whose query is read in the worker, then {@code end} (or endless rows). */
  static Iterator<BulkVerifier.Row> rows(int count, CountDownLatch started, RuntimeException end) {
    return new Iterator<>() {
      int given;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public BulkVerifier.Row next() {
        if (end != null && given == count) {
          awaitQuietly(started);
          throw end;
        }
        given++;
        return new BulkVerifier.Row(
            "row " + given,
            () -> {
              started.countDown();
              return AN;
            });
      }
    };
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoSuchElementException("interrupted");
    }
  }

  static long verifications(RecordingAuditListener audit) {
    return audit.events().stream()
        .filter(e -> e.operation().equals("XacThucThongTinCongDan"))
        .count();
  }

  @Test
  void runEndedByItsInputDeliversAndAuditsTheCallsUnderWayBeforeItThrows(
      PopulationClient client, PopulationSimulator simulator, RecordingAuditListener audit) {
    simulator
        .faults()
        .next(
            SimulatorFault.delay(SLOW),
            SimulatorFault.delay(SLOW),
            SimulatorFault.delay(SLOW),
            SimulatorFault.delay(SLOW));
    List<BulkResult> results = new CopyOnWriteArrayList<>();
    CountDownLatch started = new CountDownLatch(4);
    UncheckedIOException diskGone =
        new UncheckedIOException("cannot read rows.csv", new java.io.IOException("gone"));
    BulkVerifier bulk = client.bulkVerifier(CONTEXT).concurrency(4).ratePerSecond(100_000).build();

    assertThatThrownBy(() -> bulk.runRows(rows(4, started, diskGone), results::add))
        .isSameAs(diskGone);

    // At the end, every call already made is audited and its result delivered: nothing is left
    // to arrive later.
    assertThat(results).hasSize(4).allMatch(BulkResult::isSuccess);
    assertThat(verifications(audit)).isEqualTo(4);
    assertThat(Fixtures.requests(simulator)).hasSize(4);
  }

  @Test
  void runCanBeCancelledThroughItsHandle(
      PopulationClient client, PopulationSimulator simulator, RecordingAuditListener audit) {
    simulator.faults().rate(1.0, SimulatorFault.delay(Duration.ofMillis(50)));
    List<BulkResult> results = new CopyOnWriteArrayList<>();
    CountDownLatch firstResult = new CountDownLatch(1);
    BulkVerifier bulk =
        client
            .bulkVerifier(CONTEXT)
            .concurrency(2)
            .ratePerSecond(100_000)
            .onProgress(Duration.ZERO, p -> firstResult.countDown())
            .build();

    BulkJob job = bulk.start(rows(0, new CountDownLatch(0), null), results::add);
    awaitQuietly(firstResult);
    job.cancel();

    assertThatThrownBy(job::await).isInstanceOf(CancellationException.class);
    assertThat(job.isDone()).isTrue();
    int delivered = results.size();
    assertThat(delivered).isPositive();
    assertThat(verifications(audit)).isEqualTo(delivered);
    assertThat(Fixtures.requests(simulator)).hasSize(delivered);
  }

  @Test
  void interruptingTheRunningThreadCancelsAndLeavesNothingBehind(
      PopulationClient client, PopulationSimulator simulator, RecordingAuditListener audit)
      throws Exception {
    simulator.faults().rate(1.0, SimulatorFault.delay(Duration.ofMillis(50)));
    List<BulkResult> results = new CopyOnWriteArrayList<>();
    CountDownLatch firstResult = new CountDownLatch(1);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    BulkVerifier bulk =
        client
            .bulkVerifier(CONTEXT)
            .concurrency(2)
            .ratePerSecond(100_000)
            .onProgress(Duration.ZERO, p -> firstResult.countDown())
            .build();
    Thread runner =
        new Thread(
            () -> {
              try {
                bulk.runRows(rows(0, new CountDownLatch(0), null), results::add);
              } catch (RuntimeException e) {
                ended.set(e);
              }
            });
    runner.start();
    awaitQuietly(firstResult);
    runner.interrupt();
    runner.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(ended.get()).isInstanceOf(CancellationException.class);
    assertThat(verifications(audit)).isEqualTo(results.size());
    assertThat(Fixtures.requests(simulator)).hasSize(results.size());
  }

  @Test
  void readsACsvThatExcelWroteWithAByteOrderMark(PopulationClient client, @TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("excel.csv");
    Files.writeString(
        csv,
        "\uFEFFcitizenId,fullName,birthDate,gender\r\n001090012345,Nguyễn Văn An,15/01/1990,M\r\n",
        StandardCharsets.UTF_8);
    List<BulkResult> results = new CopyOnWriteArrayList<>();

    BulkProgress total = client.bulkVerifier(CONTEXT).build().runCsv(csv, results::add);

    assertThat(total).extracting("done", "failed", "submitted").containsExactly(1L, 0L, 1L);
    assertThat(results).singleElement().satisfies(r -> assertThat(r.isSuccess()).isTrue());
    assertThat(results.get(0).key()).isEqualTo("line 2");
  }
}
