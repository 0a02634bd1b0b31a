package vn.connector.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The secured-excess run in tiny rounds (every contender's call checks its answer, so a loaded
 * route that answered wrongly or a stand-in that stopped verifying fails here), and its arithmetic
 * on figures made up for it. Figures of such short rounds mean nothing, so nothing asserts on them.
 */
class SecuredExcessTest {

  @Test
  void runsEveryContenderAgainstTheLoadedStubAndReportsTheSplit() throws Exception {
    SecuredExcess.Run run =
        SecuredExcess.run(2, Duration.ofMillis(60), Duration.ofMillis(60), 2, 200);

    assertThat(run.rounds()).hasSize(2);
    assertThat(run.rounds())
        .allSatisfy(
            r ->
                assertThat(List.of(r.secured(), r.plain(), r.loaded(), r.crypto(), r.composed()))
                    .allSatisfy(cpu -> assertThat(cpu).isPositive()));
    assertThat(run.interceptorMicros()).isPositive();
    String report = SecuredExcess.report(run);
    assertThat(report)
        .contains("round | secured |   plain |  loaded |  crypto | composed")
        .containsPattern(
            "\\n    2 \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\| +[0-9.]+ \\|")
        .contains("(loaded - plain) / crypto", "(secured - composed) / crypto", "one thread: ");
  }

  @Test
  void theThreeTermsAddUpToTheRatioOnTheMedians() {
    // secured 500, plain 90, loaded 110, crypto 340, composed 470 in the middle round.
    SecuredExcess.Run run =
        run(
            new SecuredExcess.Round(520, 95, 115, 350, 480),
            new SecuredExcess.Round(500, 90, 110, 340, 470),
            new SecuredExcess.Round(480, 85, 105, 330, 460));

    assertThat(run.ratioOfMedians()).isCloseTo((500 - 90) / 340.0, within(1e-12));
    assertThat(run.stubTerm()).isCloseTo(20 / 340.0, within(1e-12));
    assertThat(run.inCallTerm()).isCloseTo(360 / 340.0 - 1, within(1e-12));
    assertThat(run.sdkTerm()).isCloseTo(30 / 340.0, within(1e-12));
    assertThat(1 + run.stubTerm() + run.inCallTerm() + run.sdkTerm())
        .isCloseTo(run.ratioOfMedians(), within(1e-12));
    assertThat(SecuredExcess.report(run))
        .contains("(secured - plain) / crypto on the medians: 1.206 =")
        .contains("+0.059  (loaded - plain)", "+0.059  (composed - loaded)", "+0.088  (secured");
  }

  @Test
  void theTargetsReadingIsTheMedianOfTheRoundsRatiosNotTheRatioOfMedians() {
    SecuredExcess.Run run =
        run(
            new SecuredExcess.Round(400, 100, 100, 200, 300), // 1.5
            new SecuredExcess.Round(500, 100, 100, 400, 500), // 1.0
            new SecuredExcess.Round(700, 100, 100, 500, 600)); // 1.2

    assertThat(run.targetRatio()).isCloseTo(1.2, within(1e-12));
    assertThat(run.ratioOfMedians()).isCloseTo(1.0, within(1e-12));
  }

  private static SecuredExcess.Run run(SecuredExcess.Round... rounds) {
    return new SecuredExcess.Run(
        Instant.EPOCH,
        "0.00",
        32,
        Duration.ofMillis(1500),
        Duration.ofSeconds(30),
        List.of(rounds),
        1.5);
  }
}
