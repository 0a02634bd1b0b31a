package vn.connector.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.examples.Demo;
import vn.connector.population.BulkProgress;

class PopulationExamplesTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void captureOutput() {
    original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(original);
  }

  @Test
  void demoPrintsMatchesAndMismatchesWithReasons() {
    Demo.main(new String[0]);

    assertThat(printed())
        .contains(
            "year-only birth date     khớp / match",
            "không khớp / mismatch: name or birth date differs",
            "ID not found")
        .doesNotContain("001090012345");
  }

  @Test
  void verifyExampleMatches() {
    VerifyCitizen.main(new String[0]);

    assertThat(printed()).contains("khớp / match");
  }

  @Test
  void lookUpExamplePrintsTheRecord() {
    LookupCitizen.main(new String[0]);

    assertThat(printed()).contains("Nguyễn Văn An", "1990-01-15", "(head)");
  }

  @Test
  void householdExampleListsTheHead() {
    ListHousehold.main(new String[0]);

    assertThat(printed()).contains("CH01  Nguyễn Văn An", "chủ hộ / head", "Nguyễn Ngọc Hân");
  }

  @Test
  void bulkExampleVerifiesEveryGeneratedRow() throws Exception {
    BulkProgress total = BulkVerifyCsv.run(800);

    assertThat(total).extracting("done", "failed", "submitted").containsExactly(800L, 100L, 800L);
    assertThat(total.total()).hasValue(800);
    assertThat(printed()).contains("800/800 done", "khớp / matched");
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
