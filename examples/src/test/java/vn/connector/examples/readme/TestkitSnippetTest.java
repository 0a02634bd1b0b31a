package vn.connector.examples.readme;

// README:testkit
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class TestkitSnippetTest {

  private final CallContext context =
      CallContext.of(
          "CB-0042",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  private final CitizenQuery query = // a persona of the simulator
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @Test
  void retriesWhenC06IsBusy(
      PopulationSimulator simulator, PopulationClient client, RecordingSleeper sleeper) {
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));

    assertThat(client.verify(context, query).matched()).isTrue();
    assertThat(sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(2)); // Retry-After, no real wait
  }
}
// END README:testkit
