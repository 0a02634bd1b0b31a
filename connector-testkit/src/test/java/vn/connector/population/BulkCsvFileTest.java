package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

/** A CSV that cannot be read ends the run with an unchecked error naming the file. */
@ExtendWith(PopulationSimulatorExtension.class)
class BulkCsvFileTest {

  @Test
  void missingCsvFileIsUncheckedAndNamesTheFile(
      PopulationClient client, PopulationSimulator simulator, @TempDir Path dir) {
    Path csv = dir.resolve("commune-missing.csv");
    BulkVerifier bulk = client.bulkVerifier(CONTEXT).build();

    assertThatThrownBy(() -> bulk.runCsv(csv, r -> {}))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(csv.toString());
    assertThat(Fixtures.requests(simulator)).isEmpty();
  }

  @Test
  void csvThatIsNotUtf8IsUncheckedAndNamesTheFile(PopulationClient client, @TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("commune-latin1.csv");
    // An Excel export in a legacy code page: "Nguyễn" is not valid UTF-8 there.
    Files.write(
        csv,
        "001090012345,Nguy\u00ean V\u00e2n An,1990-01-15,M\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    List<BulkResult> results = new ArrayList<>();
    BulkVerifier bulk = client.bulkVerifier(CONTEXT).build();

    assertThatThrownBy(() -> bulk.runCsv(csv, results::add))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(csv.toString())
        .hasMessageNotContaining("001090012345");
  }

  @Test
  void rejectsNullPath(PopulationClient client) {
    BulkVerifier bulk = client.bulkVerifier(CONTEXT).build();

    assertThatThrownBy(() -> bulk.runCsv(null, r -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("csv");
  }
}
