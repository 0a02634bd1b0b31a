package vn.connector.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import vn.connector.core.security.SigningIdentity;

/**
 * A complete test PKI made at run time: a national root CA issuing the agency (portal) certificate,
 * the national-side signing certificate and a TLS server certificate for localhost/127.0.0.1; plus
 * an expired certificate and one from a foreign CA for negative tests. {@link #writeTo} exports all
 * of it as PEM and PKCS#12 so that examples can load them like real files.
 *
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * TlsSettings tls = TlsSettings.builder().trustAnchors(List.of(pki.rootCertificate()))
 *     .clientCertificate(pki.agency().privateKey(), pki.agency().chain()).build();
 * }</pre>
 */
public final class TestPki {

  /** Password of every PKCS#12 file written by {@link #writeTo}; test material only. */
  public static final String PASSWORD = "changeit";

  /** The files {@link #writeTo} writes for each identity, by name. */
  private static final List<String> NAMES =
      List.of("root-ca", "agency", "national", "server", "expired", "foreign");

  private final TestCa root;
  private final SigningIdentity agency;
  private final SigningIdentity national;
  private final SigningIdentity server;
  private final SigningIdentity expired;
  private final SigningIdentity foreign;

  private TestPki() {
    this.root = TestCa.create("Connector Test National Root CA");
    TestCa foreignCa = TestCa.create("Foreign Test CA");
    this.agency = root.issue(TestCa.Profile.signing("So TTTT Test Portal"));
    this.national = root.issue(TestCa.Profile.signing("National Data Gateway Test"));
    this.server = root.issue(TestCa.Profile.tlsServer("localhost"));
    this.expired =
        root.issue(
            TestCa.Profile.signing("Expired Test Agency")
                .validity(Duration.ofDays(-60), Duration.ofDays(-1)));
    this.foreign = foreignCa.issue(TestCa.Profile.signing("Foreign Test Agency"));
  }

  private TestPki(List<SigningIdentity> read) {
    this.root = TestCa.of(read.get(0));
    this.agency = read.get(1);
    this.national = read.get(2);
    this.server = read.get(3);
    this.expired = read.get(4);
    this.foreign = read.get(5);
  }

  /**
   * Reads a PKI written by {@link #writeTo} (its {@code <name>.p12} files, the root CA's key
   * included), for examples and runs that must use the certificates made at build time.
   */
  public static TestPki readFrom(Path directory) {
    List<SigningIdentity> read = new java.util.ArrayList<>();
    for (String name : NAMES) {
      read.add(
          SigningIdentity.fromPkcs12(directory.resolve(name + ".p12"), PASSWORD.toCharArray()));
    }
    return new TestPki(read);
  }

  /**
   * {@link #readFrom} when {@code directory} holds a complete PKI, else a fresh one written there.
   */
  public static TestPki readOrGenerate(Path directory) {
    if (NAMES.stream().allMatch(name -> Files.isRegularFile(directory.resolve(name + ".p12")))) {
      return readFrom(directory);
    }
    TestPki pki = generate();
    pki.writeTo(directory);
    return pki;
  }

  /** Generates a fresh PKI (EC P-256 keys; a few hundred milliseconds). */
  public static TestPki generate() {
    return new TestPki();
  }

  public TestCa ca() {
    return root;
  }

  public X509Certificate rootCertificate() {
    return root.certificate();
  }

  /** The agency's (portal's) signing and TLS client identity. */
  public SigningIdentity agency() {
    return agency;
  }

  /** The national side's signing identity. */
  public SigningIdentity national() {
    return national;
  }

  /** TLS server identity for localhost and 127.0.0.1. */
  public SigningIdentity server() {
    return server;
  }

  /** Issued by the root, but expired yesterday. */
  public SigningIdentity expired() {
    return expired;
  }

  /** Issued by a CA nobody trusts. */
  public SigningIdentity foreign() {
    return foreign;
  }

  /**
   * Writes {@code root-ca.pem}, {@code truststore.p12} (the root, for servers that want a trust
   * store), {@code root-ca.p12} (the root's key, so that {@link #readFrom} can issue again), and
   * for each of agency, national, server, expired, foreign: {@code <name>.p12} (password {@link
   * #PASSWORD}), {@code <name>-key.pem}, {@code <name>-chain.pem} and {@code <name>-cert.pem} (end
   * entity only).
   */
  public Path writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(
          directory.resolve("root-ca.pem"), pem(rootCertificate()), StandardCharsets.US_ASCII);
      write(directory, "agency", agency);
      write(directory, "national", national);
      write(directory, "server", server);
      write(directory, "expired", expired);
      write(directory, "foreign", foreign);
      try (OutputStream out = Files.newOutputStream(directory.resolve("root-ca.p12"))) {
        keyStore("root-ca", root.identity()).store(out, PASSWORD.toCharArray());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("root CA export failed", e);
      }
      try (OutputStream out = Files.newOutputStream(directory.resolve("truststore.p12"))) {
        trustStore(List.of(rootCertificate())).store(out, PASSWORD.toCharArray());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("trust store export failed", e);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code tls.*} and {@code security.*} keys of a {@code CONNECTOR_CONFIG} file that point at
   * the files {@link #writeTo} wrote into {@code directory}: the root as trust anchor, the agency's
   * PKCS#12 as client certificate and signing key, the national side's certificate as the only peer
   * whose signatures are accepted.
   */
  public static Map<String, String> configKeys(Path directory) {
    Path dir = directory.toAbsolutePath();
    String anchors = dir.resolve("root-ca.pem").toString();
    String agency = dir.resolve("agency.p12").toString();
    return Map.of(
        "tls.trustAnchors", anchors,
        "tls.clientPkcs12", agency,
        "tls.clientPkcs12Password", PASSWORD,
        "security.signingPkcs12", agency,
        "security.signingPkcs12Password", PASSWORD,
        "security.trustAnchors", anchors,
        "security.peerCertificates", dir.resolve("national-cert.pem").toString(),
        "security.evidenceKey", randomEvidenceKey().reveal());
  }

  /** 32 random bytes in base64: an evidence key for tests (a deployment keeps its own). */
  public static vn.connector.core.Secret randomEvidenceKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return vn.connector.core.Secret.of(java.util.Base64.getEncoder().encodeToString(key));
  }

  /** A PKCS#12 key store holding {@code identity} under alias {@code name}. */
  public static KeyStore keyStore(String name, SigningIdentity identity) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          name,
          identity.privateKey(),
          PASSWORD.toCharArray(),
          identity.chain().toArray(new Certificate[0]));
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("key store creation failed", e);
    }
  }

  /** A PKCS#12 trust store holding {@code anchors}. */
  public static KeyStore trustStore(List<X509Certificate> anchors) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (int i = 0; i < anchors.size(); i++) {
        store.setCertificateEntry("anchor-" + i, anchors.get(i));
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("trust store creation failed", e);
    }
  }

  private static void write(Path directory, String name, SigningIdentity identity)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(directory.resolve(name + ".p12"))) {
      keyStore(name, identity).store(out, PASSWORD.toCharArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PKCS#12 export failed", e);
    }
    // PKCS#8 ("PRIVATE KEY"), the form every tool reads; JDK EC keys written as SEC1 lose their
    // curve.
    Files.writeString(
        directory.resolve(name + "-key.pem"), pem(pkcs8(identity)), StandardCharsets.US_ASCII);
    StringBuilder chain = new StringBuilder();
    for (X509Certificate certificate : identity.chain()) {
      chain.append(pem(certificate));
    }
    Files.writeString(directory.resolve(name + "-chain.pem"), chain, StandardCharsets.US_ASCII);
    Files.writeString(
        directory.resolve(name + "-cert.pem"),
        pem(identity.certificate()),
        StandardCharsets.US_ASCII);
  }

  private static Object pkcs8(SigningIdentity identity) {
    try {
      return new JcaPKCS8Generator(identity.privateKey(), null);
    } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
      throw new IllegalStateException("PKCS#8 export failed", e);
    }
  }

  static String pem(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
