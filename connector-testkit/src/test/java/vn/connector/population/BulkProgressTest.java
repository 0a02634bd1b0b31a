package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.BirthDate;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class BulkProgressTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15));

  @Test
  void reportsAtTheIntervalOfTheInjectedClockAndOnceAtTheEnd(PopulationClient client) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-01T04:00:00Z"));
    List<BulkProgress> reports = new ArrayList<>();
    BulkVerifier bulk =
        client
            .bulkVerifier(CONTEXT)
            .concurrency(1)
            .ratePerSecond(100_000)
            .clock(clock)
            .sleeper(clock::advance)
            .expectedRows(25)
            .onProgress(Duration.ofSeconds(10), reports::add)
            .build();

    // Each row takes one second on the run's clock.
    BulkProgress total =
        bulk.run(
            IntStream.range(0, 25).mapToObj(i -> AN), r -> clock.advance(Duration.ofSeconds(1)));

    assertThat(reports).extracting(BulkProgress::done).containsExactly(10L, 20L, 25L);
    assertThat(reports.get(0).elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(reports.get(0).total()).hasValue(25);
    assertThat(reports.get(0).ratePerSecond()).isEqualTo(1.0);
    assertThat(reports.get(0).timeLeft()).hasValue(Duration.ofSeconds(15));
    assertThat(reports).last().isEqualTo(total);
    assertThat(total.elapsed()).isEqualTo(Duration.ofSeconds(25));
    assertThat(total.timeLeft()).hasValue(Duration.ZERO);
  }

  @Test
  void aRunShorterThanTheIntervalStillReportsItsEnd(PopulationClient client) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-01T04:00:00Z"));
    List<BulkProgress> reports = new ArrayList<>();

    client
        .bulkVerifier(CONTEXT)
        .clock(clock)
        .sleeper(clock::advance)
        .onProgress(Duration.ofMinutes(1), reports::add)
        .build()
        .run(IntStream.range(0, 3).mapToObj(i -> AN), r -> {});

    assertThat(reports).singleElement().satisfies(p -> assertThat(p.done()).isEqualTo(3));
    assertThat(reports.get(0).total()).isEmpty();
    assertThat(reports.get(0).timeLeft()).isEmpty();
  }

  @Test
  void timeLeftIsUnknownBeforeAnyRowHasFinished() {
    BulkProgress p = new BulkProgress(0, 0, 4, OptionalLong.of(100), Duration.ofSeconds(3));

    assertThat(p.ratePerSecond()).isZero();
    assertThat(p.timeLeft()).isEmpty();
  }

  @Test
  void refusesANegativeInterval(PopulationClient client) {
    assertThatThrownBy(
            () -> client.bulkVerifier(CONTEXT).onProgress(Duration.ofSeconds(-1), p -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("every:");
  }
}
