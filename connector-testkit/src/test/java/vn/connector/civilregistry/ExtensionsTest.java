package vn.connector.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.testkit.civilregistry.CivilRegistryExtension;
import vn.connector.testkit.civilregistry.CivilRegistrySimulator;
import vn.connector.testkit.civilregistry.InterlinkedServiceExtension;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.civilregistry.SampleRecords;
import vn.connector.testkit.civilregistry.SampleRegistrations;

@ExtendWith({CivilRegistryExtension.class, InterlinkedServiceExtension.class})
class ExtensionsTest {

  @Test
  void theExtensionsHandTestsASimulatorAndAClientForIt(
      CivilRegistryClient registry,
      CivilRegistrySimulator simulator,
      InterlinkedClient dvclt,
      InterlinkedServiceSimulator service) {
    registry.push(Contexts.OFFICER, SampleRegistrations.marriage("000.00.01.H22-261201-0009"));
    service.addDossier("9", "KT", "000.00.01.H22-261201-0009", SampleRecords.death());

    assertThat(simulator.pushes("000.00.01.H22-261201-0009")).isEqualTo(1);
    assertThat(dvclt.list()).hasSize(1);
  }
}
