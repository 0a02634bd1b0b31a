package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.population.Fixtures.CONTEXT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.BirthDate;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class BulkVerifierTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15));
  private static final CitizenQuery WRONG =
      CitizenQuery.of("001090012345", "Nguyễn Văn Ba", BirthDate.of(1990, 1, 15));

  @Test
  void verifiesEveryRowAndReportsProgress(PopulationClient client) {
    List<BulkResult> results = new ArrayList<>();
    List<BulkProgress> progress = new ArrayList<>();
    BulkVerifier bulk =
        client
            .bulkVerifier(CONTEXT)
            .concurrency(4)
            .ratePerSecond(100_000)
            .onProgress(Duration.ZERO, progress::add)
            .build();

    BulkProgress total =
        bulk.run(IntStream.range(0, 60).mapToObj(i -> i % 3 == 0 ? WRONG : AN), results::add);

    assertThat(total).extracting("done", "failed", "submitted").containsExactly(60L, 0L, 60L);
    assertThat(results).hasSize(60).allMatch(BulkResult::isSuccess);
    assertThat(results.stream().filter(r -> r.verification().matched())).hasSize(40);
    assertThat(progress).hasSize(60).last().isEqualTo(total);
    assertThat(results)
        .extracting(BulkResult::index)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 60).mapToObj(Long::valueOf).toList());
  }

  @Test
  void failedRowIsAResultNotTheEndOfTheRun(
      PopulationClient client, PopulationSimulator simulator, @TempDir Path dir) throws Exception {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(
        csv,
        "citizenId,fullName,birthDate,gender\n"
            + "001090012345,Nguyễn Văn An,1990-01-15,M\n"
            + "12345,Bad Id,1990-01-15,M\n"
            + "034160002233,Bùi Thị Lan,1960,F\n"
            + "001192004567,Trần Thị Bình,08/03/1992,nữ\n",
        StandardCharsets.UTF_8);
    List<BulkResult> results = new ArrayList<>();

    BulkProgress total =
        client
            .bulkVerifier(CONTEXT)
            .concurrency(2)
            .ratePerSecond(1000)
            .build()
            .runCsv(csv, results::add);

    assertThat(total).extracting("done", "failed", "submitted").containsExactly(4L, 1L, 4L);
    assertThat(total.total()).hasValue(4);
    BulkResult bad = results.stream().filter(r -> !r.isSuccess()).findFirst().orElseThrow();
    assertThat(bad.key()).isEqualTo("line 3");
    assertThat(bad.error())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizenId:");
    assertThat(results.stream().filter(BulkResult::isSuccess))
        .allMatch(r -> r.verification().matched());
    assertThat(Fixtures.requests(simulator)).hasSize(3);
  }

  @Test
  void serviceErrorsBecomeFailedRows(PopulationSimulator simulator) {
    simulator.faults().rate(1.0, SimulatorFault.malformedBody());
    try (PopulationClient client =
        simulator.clientBuilder(PopulationProfile.DIRECT).sleeper(new RecordingSleeper()).build()) {
      List<BulkResult> results = new ArrayList<>();
      BulkProgress total =
          client
              .bulkVerifier(CONTEXT)
              .concurrency(3)
              .ratePerSecond(1000)
              .build()
              .run(Stream.of(AN, AN, AN, AN, AN), results::add);

      assertThat(total.failed()).isEqualTo(5);
      assertThat(results).allMatch(r -> r.failure().isPresent());
    }
  }

  @Test
  void spacesCallsToTheRateUsingTheInjectedSleeper(PopulationClient client) {
    RecordingSleeper rateSleeper = new RecordingSleeper();
    Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    client
        .bulkVerifier(CONTEXT)
        .concurrency(1)
        .ratePerSecond(4)
        .clock(frozen)
        .sleeper(rateSleeper)
        .build()
        .run(Stream.of(AN, AN, AN, AN), r -> {});

    // With a frozen clock each permit is booked 250 ms after the previous one.
    assertThat(rateSleeper.sleeps())
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750));
  }

  @Test
  void neverHasMoreRowsInFlightThanTheConcurrency(PopulationClient client) {
    AtomicInteger pulled = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    var rows =
        IntStream.range(0, 40)
            .mapToObj(
                i -> {
                  int ahead = pulled.incrementAndGet() - delivered.get();
                  maxAhead.accumulateAndGet(ahead, Math::max);
                  return AN;
                })
            .iterator();

    client
        .bulkVerifier(CONTEXT)
        .concurrency(3)
        .ratePerSecond(100_000)
        .build()
        .run(rows, r -> delivered.incrementAndGet());

    assertThat(delivered).hasValue(40);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(4);
  }

  @Test
  void consumerFailureStopsTheRun(PopulationClient client) {
    BulkVerifier bulk = client.bulkVerifier(CONTEXT).concurrency(1).ratePerSecond(100_000).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                bulk.run(
                    Stream.generate(() -> AN).limit(1000),
                    r -> {
                      throw new IllegalStateException("disk full");
                    }))
        .hasMessage("disk full");
  }
}
