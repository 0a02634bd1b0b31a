package vn.connector.testkit.security;

import java.nio.file.Path;

/**
 * Writes a test PKI to a directory as PEM and PKCS#12 files (see {@link TestPki#writeTo}), keeping
 * one already complete there, so that builds can make the certificates examples load like real
 * ones. Test material only: the CA is made up and every password is {@value TestPki#PASSWORD}.
 *
 * <pre>
 * java -cp ... vn.connector.testkit.security.TestPkiMain target/pki
 * </pre>
 */
public final class TestPkiMain {

  private TestPkiMain() {}

  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/pki").toAbsolutePath();
    TestPki pki = TestPki.readOrGenerate(directory);
    System.out.println(
        "test PKI in "
            + directory
            + " (root: "
            + pki.rootCertificate().getSubjectX500Principal().getName()
            + ")");
  }
}
