package vn.connector.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.TlsSettings;
import vn.connector.core.security.SigningIdentity;

/**
 * The key stores every system shares: the TLS settings of the {@code tls.*} keys (trust anchors,
 * client certificate) and the signing identity of the {@code security.*} keys. Read once, checked
 * once under the scopes {@code tls} and {@code security}: they are the same files for every system.
 */
final class KeyMaterial {

  private KeyMaterial() {}

  static List<Finding> check(ConnectorConfig config, Instant now) {
    List<Finding> out = new ArrayList<>();
    Optional<TlsSettings> tls;
    try {
      tls = config.tls();
    } catch (RuntimeException e) {
      out.add(unreadable("tls", "tls.*", e));
      tls = Optional.empty();
    }
    tls.ifPresent(t -> out.addAll(tls(t, now)));
    if (config.keys().stream().anyMatch(k -> k.startsWith("security.signing"))) {
      out.addAll(signing(config, now));
    }
    return out;
  }

  private static List<Finding> tls(TlsSettings tls, Instant now) {
    List<Finding> out = new ArrayList<>();
    if (!tls.trustAnchors().isEmpty()) {
      out.add(
          CertificateChecks.expiry(
              "tls", Checks.ANCHOR_EXPIRY, "tls.trustAnchors", tls.trustAnchors(), now));
    }
    if (!tls.clientChain().isEmpty()) {
      // The JVM's store counts too when tls.useJvmDefaultTrust asks for it, as in the handshake.
      List<X509Certificate> anchors = TlsProbe.anchors(Optional.of(tls));
      out.addAll(
          CertificateChecks.chain("tls", "tls.client", tls.clientChain(), anchors, true, now));
    }
    return out;
  }

  private static List<Finding> signing(ConnectorConfig config, Instant now) {
    SigningIdentity identity;
    List<X509Certificate> anchors;
    try {
      identity = signingIdentity(config);
      anchors =
          config
              .optional("security.trustAnchors")
              .map(f -> TlsSettings.builder().trustAnchorsPem(Path.of(f)).build().trustAnchors())
              .orElse(List.of());
    } catch (RuntimeException e) {
      return List.of(unreadable("security", "security.signing*", e));
    }
    return CertificateChecks.chain(
        "security", "security.signing", identity.chain(), anchors, false, now);
  }

  private static SigningIdentity signingIdentity(ConnectorConfig config) {
    Optional<String> pkcs12 = config.optional("security.signingPkcs12");
    if (pkcs12.isPresent()) {
      return SigningIdentity.fromPkcs12(
          Path.of(pkcs12.get()),
          config.secret("security.signingPkcs12Password").reveal().toCharArray());
    }
    return SigningIdentity.fromPem(
        Path.of(config.string("security.signingKeyPem")),
        Path.of(config.string("security.signingChainPem")));
  }

  private static Finding unreadable(String scope, String keys, RuntimeException e) {
    return Finding.fail(
        scope,
        Checks.KEY_STORE,
        Text.same(keys + ": " + Problems.describe(e)),
        Text.of(
            "Kiểm tra đường dẫn tệp, mật khẩu và định dạng (PKCS#12 hoặc PEM)",
            "Check the file path, its password and its format (PKCS#12 or PEM)"));
  }
}
