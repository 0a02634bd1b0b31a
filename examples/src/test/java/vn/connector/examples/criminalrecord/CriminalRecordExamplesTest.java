package vn.connector.examples.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.Answers;
import vn.connector.criminalrecord.model.CertificateEvidence;

class CriminalRecordExamplesTest {

  @Test
  void followsADeclarationToItsCertificate(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path pdf = dir.resolve("phieu.pdf");
    CertificateEvidence evidence =
        FollowDeclaration.run(
            Optional.empty(), pdf, new PrintStream(printed, true, StandardCharsets.UTF_8));
    byte[] saved = Files.readAllBytes(pdf);
    assertThat(new String(saved, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    assertThat(evidence.sha256()).isEqualTo(Answers.sha256Hex(saved));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Submitted")
        .contains("ACCEPTED")
        .contains(evidence.sha256());
  }

  @Test
  void receivesAVneidDossierAndReportsItsResultOnce() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertThat(ReceiveVneidDossier.run(new PrintStream(printed, true, StandardCharsets.UTF_8)))
        .containsExactly("ketqua:9");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("VNeID push answered: {\"statusCode\":\"00\"}")
        .contains("Pushed again: {\"statusCode\":\"01\"")
        .contains("still pending: 0");
  }
}
