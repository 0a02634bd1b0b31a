package vn.connector.benchmarks.compare;

import java.net.URI;
import java.util.List;
import java.util.Map;
import vn.connector.core.LgspCredentials;
import vn.connector.core.Secret;
import vn.connector.core.TlsSettings;
import vn.connector.testkit.security.TestPki;

/**
 * Where the stub listens and the made-up credentials both clients use; one instance per run, shared
 * by the SDK and the hand-written clients so they send the same things to the same places.
 */
record Stub(Map<String, Integer> ports, TestPki pki) {

  static final String CONSUMER_KEY = "bench-consumer";
  static final String CONSUMER_SECRET = "bench-consumer-secret";
  static final String C06_USER = "c06-bench-user";
  static final String C06_SECRET = "c06-bench-secret";
  static final String C06_API_KEY = "c06-bench-api-key";
  static final String XROAD_CLIENT = "VN/GOV/000.00.01.H56/PORTAL";
  static final LgspCredentials LGSP =
      new LgspCredentials(
          "lgsp-bench-access", Secret.of("lgsp-bench-secret"), "PORTAL", "H56", "H56.CUS");
  static final String PARTNER = "BENCH-DVCQG";
  static final String PAYMENT_SECRET = "bench-payment-secret";

  URI base(String server) {
    String scheme = server.equals("http") ? "http" : "https";
    return URI.create(scheme + "://127.0.0.1:" + ports.get(server));
  }

  URI url(String server, String path) {
    return URI.create(base(server) + path);
  }

  /** Trust the test root; on the mutual-TLS servers also present the agency's certificate. */
  TlsSettings tls(boolean mutual) {
    TlsSettings.Builder b = TlsSettings.builder().trustAnchors(List.of(pki.rootCertificate()));
    if (mutual) {
      b.clientCertificate(pki.agency().privateKey(), pki.agency().chain());
    }
    return b.build();
  }
}
