package vn.connector.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.SigningIdentity;

/** The PKI written at build time reads back whole, and is kept rather than replaced. */
class TestPkiFilesTest {

  @Test
  void readsBackWhatItWrote(@TempDir Path dir) {
    TestPki written = TestPki.generate();
    written.writeTo(dir);

    TestPki read = TestPki.readFrom(dir);

    assertThat(read.rootCertificate()).isEqualTo(written.rootCertificate());
    assertThat(read.agency().keyId()).isEqualTo(written.agency().keyId());
    assertThat(read.national().certificate()).isEqualTo(written.national().certificate());
    assertThat(read.foreign().privateKey()).isEqualTo(written.foreign().privateKey());
    // The root's key came back too: what it issues chains to the written root.
    SigningIdentity issued = read.ca().issue(TestCa.Profile.signing("Issued After Reading"));
    CertificateValidator.builder()
        .trustAnchors(List.of(written.rootCertificate()))
        .build()
        .validate(issued.chain());
  }

  @Test
  void keepsACompletePkiAndMakesOneWhenMissing(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("pki");
    TestPki made = TestPki.readOrGenerate(missing);
    byte[] root = Files.readAllBytes(missing.resolve("root-ca.pem"));

    TestPki kept = TestPki.readOrGenerate(missing);

    assertThat(kept.rootCertificate()).isEqualTo(made.rootCertificate());
    assertThat(Files.readAllBytes(missing.resolve("root-ca.pem"))).isEqualTo(root);
  }
}
