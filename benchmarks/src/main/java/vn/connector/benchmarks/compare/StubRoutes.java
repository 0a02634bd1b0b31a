package vn.connector.benchmarks.compare;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.TrustedKeys;
import vn.connector.testkit.security.TestPki;

/**
 * Paths the stub serves, with the auth header each contract requires checked for presence (a
 * request without it gets 401, so a client that skipped its auth work would be caught), and the
 * secured profile's national side: request signatures verified, every answer signed.
 */
final class StubRoutes {

  static final String FIND = "/apiCSDLDKDN/1.0/chiTietDoanhNghiep";
  static final String TOKEN = "/token";
  static final String DIRECT = "/c06/dancu";
  static final String LGSP_TOKEN = "/lgsp/token";
  static final String LGSP_VERIFY = "/lgsp/dancu-json/XacThucThongTinCongDan";
  static final String INIT = "/payment/init";
  static final String POSTAL = "/vnpost";
  static final String POSTAL_TOKEN = "/vnpost/token";
  static final String CIVIL = "/hotich";
  static final String LLTP = "/lltp";
  static final String PORTAL = "/dvcqg";

  private static final byte[] UNAUTHORIZED = Answers.status(401, "auth header missing");

  private StubRoutes() {}

  static Map<String, StubServer.Route> plain() {
    Map<String, StubServer.Route> routes = new LinkedHashMap<>();
    routes.put(TOKEN, needs(Answers.json(Answers.TOKEN), "authorization"));
    routes.put(FIND, needs(Answers.json(Answers.ENTERPRISE_JSON), "authorization"));
    routes.put(DIRECT, needs(Answers.xml(Answers.VERIFY_ENVELOPE), "authorization", "timestamp"));
    routes.put(LGSP_TOKEN, needs(Answers.json(Answers.TOKEN), "lgspaccesstoken"));
    routes.put(
        LGSP_VERIFY, needs(Answers.json(Answers.VERIFY_JSON), "authorization", "lgspaccesstoken"));
    routes.put(INIT, needs(Answers.json(Answers.INIT_JSON)));
    routes.put(POSTAL_TOKEN, needs(Answers.json(Answers.TOKEN), "authorization"));
    routes.put(POSTAL + "/orderpost", needs(Answers.json(Answers.ORDER_JSON), "authorization"));
    // The civil registry takes no auth (dedicated network); LLTP and the portal's adapter carry
    // theirs in the body, so the body is checked for it.
    routes.put(CIVIL + "/NhanDKHT", needs(Answers.json(Answers.CIVIL_PUSH_JSON)));
    routes.put(
        LLTP + "/v2/lyLichTuPhap/nhanHoSoLLTP",
        carries(Answers.text(Answers.LLTP_SUBMITTED), "authKey", CriminalCalls.AUTH_KEY));
    routes.put(
        PORTAL + "/auth",
        carries(Answers.json(Answers.PORTAL_LOGIN_JSON), "password", PortalCalls.PASSWORD));
    routes.put(
        PORTAL + "/integration",
        carries(Answers.json(Answers.PORTAL_SYNC_JSON), "session", PortalCalls.SESSION));
    return routes;
  }

  /** The token endpoint as usual (not signed: security.md), the registry signed both ways. */
  static Map<String, StubServer.Route> secured(TestPki pki) {
    Map<String, StubServer.Route> routes = new LinkedHashMap<>();
    routes.put(TOKEN, needs(Answers.json(Answers.TOKEN), "authorization"));
    routes.put(FIND, signed(pki, Answers.utf8(Answers.ENTERPRISE_JSON)));
    return routes;
  }

  private static StubServer.Route needs(byte[] answer, String... headers) {
    return request -> {
      for (String h : headers) {
        if (request.header(h) == null) {
          return UNAUTHORIZED;
        }
      }
      return answer;
    };
  }

  /** Needs the JSON body to hold {@code "field":"value"}, as body-carried auth puts it. */
  private static StubServer.Route carries(byte[] answer, String field, String value) {
    String pair = "\"" + field + "\":\"" + value + "\"";
    return request -> request.bodyText().contains(pair) ? answer : UNAUTHORIZED;
  }

  /**
   * The plain routes, but the registry's answer costs the stub what a secured one costs it: it
   * verifies a signed message and signs an answer, with the same national profile as {@link
   * #secured}, then answers the plain route's bytes. The secured-excess run calls it with the SDK's
   * plain mutual-TLS client, so that a plain call meets a server as busy on the shared cores as the
   * secured call's.
   *
   * <p>The plain client signs nothing, so the message verified is a stand-in: an answer signed by
   * the portal's key, signed again once a minute to stay within its validity. It is verified as an
   * answer, which has no nonce: the same parse, digest, base and ECDSA verification as a request,
   * with every check of the profile on, and nothing let through that a real verifier would refuse.
   * Verifying one signature over and over costs what verifying fresh ones does: probes of the
   * crypto bound with 1,000 and 256 distinct signed answers against its one read 1.02 and 1.01
   * (sixth round of issue 16).
   */
  static Map<String, StubServer.Route> loaded(TestPki pki) {
    Map<String, StubServer.Route> routes = plain();
    StubServer.Route answer = routes.get(FIND);
    HttpSignatureProfile national = national(pki);
    HttpSignatureProfile portal =
        HttpSignatureProfile.builder()
            .signer(pki.agency().signer())
            .trustedKeys(TrustedKeys.builder().certificate(pki.national().certificate()).build())
            .build();
    byte[] body = Answers.utf8(Answers.ENTERPRISE_JSON);
    AtomicReference<StandIn> standIn = new AtomicReference<>(StandIn.signedBy(portal, body));
    routes.put(
        FIND,
        request -> {
          StandIn current = standIn.get();
          if (current.stale()) {
            current = StandIn.signedBy(portal, body);
            standIn.set(current);
          }
          SignatureVerification check = national.verifyResponse(current.message(), current.id());
          if (!check.valid()) {
            throw new IllegalStateException("stand-in refused: " + check.failedRule());
          }
          national.signResponse(current.unsigned());
          return answer.answer(request);
        });
    return routes;
  }

  /**
   * A signed answer for {@link #loaded} to verify, the same answer unsigned for it to sign, and
   * when it was signed.
   */
  private record StandIn(String id, MessageParts unsigned, MessageParts message, long signedAt) {

    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    static StandIn signedBy(HttpSignatureProfile portal, byte[] body) {
      String id = UUID.randomUUID().toString();
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json; charset=utf-8");
      headers.put("X-Request-Id", id);
      MessageParts unsigned = MessageParts.response(200, headers, body);
      headers.putAll(portal.signResponse(unsigned));
      return new StandIn(
          id, unsigned, MessageParts.response(200, headers, body), System.nanoTime());
    }

    boolean stale() {
      return System.nanoTime() - signedAt > MAX_AGE_NANOS;
    }
  }

  /** The national side's profile: the national key signs, the agency's is trusted. */
  static HttpSignatureProfile national(TestPki pki) {
    return HttpSignatureProfile.builder()
        .signer(pki.national().signer())
        .trustedKeys(TrustedKeys.builder().certificate(pki.agency().certificate()).build())
        .certificateValidator(
            CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build())
        .build();
  }

  private static StubServer.Route signed(TestPki pki, byte[] body) {
    HttpSignatureProfile national = national(pki);
    return request -> {
      URI target = URI.create("https://" + request.header("host") + request.target());
      SignatureVerification check =
          national.verifyRequest(
              MessageParts.request(request.method(), target, request.headers(), request.body()));
      if (!check.valid()) {
        return Answers.response(
            401,
            "text/plain; charset=utf-8",
            Answers.utf8("signature refused: " + check.failedRule()),
            Map.of("X-Signature-Error", check.failedRule()));
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json; charset=utf-8");
      headers.put("X-Request-Id", request.header("x-request-id"));
      headers.putAll(national.signResponse(MessageParts.response(200, headers, body)));
      String type = headers.remove("Content-Type");
      return Answers.response(200, type, body, headers);
    };
  }
}
