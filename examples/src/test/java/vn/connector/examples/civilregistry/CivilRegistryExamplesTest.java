package vn.connector.examples.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CivilRegistryExamplesTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  @Test
  void registerBirthFollowsItToTheResultAndPrintsTheNewPersonalId() {
    RegisterBirth.run(out);

    assertThat(output())
        .contains("1 attachment(s) sent")
        .contains("State: RESULT (4)")
        .containsPattern("New personal ID: 0012260000\\d\\d")
        .containsPattern("Certificate SHA-256: [0-9a-f]{64}");
  }

  @Test
  void takeInterlinkedDossierPushesBothStatusesBackDespiteARetryPhrase() {
    TakeInterlinkedDossier.run(out);

    assertThat(output())
        .contains("Took 000.00.01.H22-261201-0101: birth of Đ***")
        .contains("Statuses the service recorded for 000.00.01.H22-261201-0101: [1, 7]");
  }

  private String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
