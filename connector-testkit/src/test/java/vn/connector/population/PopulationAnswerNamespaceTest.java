package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.population.Fixtures.CONTEXT;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.population.PopulationSimulator;

class PopulationAnswerNamespaceTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @ParameterizedTest
  @CsvSource({"'', DIRECT", "'', LGSP_JSON", "urn:another:dancu, LGSP_SOAP"})
  void readsAnswersByLocalNamesWhateverTheirNamespace(String namespace, PopulationProfile profile) {
    try (PopulationSimulator simulator =
            PopulationSimulator.builder().answerNamespace(namespace).build();
        PopulationClient client =
            simulator.clientBuilder(profile).sleeper(new RecordingSleeper()).build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      assertThat(client.lookup(CONTEXT, AN).orElseThrow().name().full()).isEqualTo("Nguyễn Văn An");
      assertThat(client.household(CONTEXT, AN).head()).isPresent();
    }
  }
}
