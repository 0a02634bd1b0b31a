package vn.connector.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import vn.connector.testlogging.CapturedLogs;

class SecuredVerifyCitizenTest {

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
  void verifiesOverMutualTlsWithSignedMessagesAndRefusesATamperedAnswer() throws Exception {
    Path root = Path.of("target/pki/root-ca.pem");
    // Under Maven the build's generate-test-resources step made the PKI: the example must only read
    // it.
    byte[] built = Files.isRegularFile(root) ? Files.readAllBytes(root) : null;

    SecuredVerifyCitizen.main(new String[0]);

    assertThat(root).isRegularFile();
    if (built != null) {
      assertThat(Files.readAllBytes(root)).isEqualTo(built);
    }

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains(
            "https://",
            "full date, gender        khớp / match",
            "year-only birth date     khớp / match",
            "name without its tilde   không khớp / mismatch: name or birth date differs",
            "tampered answer refused / câu trả lời bị sửa bị từ chối: digest mismatch")
        .doesNotContain("ACCEPTED", "001090012345");
    // The refusal is audited at WARN, once, with no personal data (captured, not printed).
    assertThat(CapturedLogs.at(Level.WARN))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .contains("outcome=SIGNATURE_INVALID")
                    .doesNotContain("001090012345"));
    assertThat(CapturedLogs.at(Level.ERROR)).isEmpty();
  }
}
