package vn.connector.testkit.security;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.WsSecurityProfile;

/**
 * The national side of the secured profile as a WireMock extension any simulator can attach:
 * verifies the portal's request signatures (refusing bad ones with HTTP 401 and an {@code
 * X-Signature-Error} header naming the rule) and signs every response, REST (RFC 9421) or SOAP
 * (WS-Security). It can be told to misbehave on the next responses.
 *
 * <pre>{@code
 * TestPki pki = TestPki.generate();
 * SecuredProfile secured = SecuredProfile.rest(pki);
 * WireMockServer server = new WireMockServer(options().dynamicPort().extensions(secured));
 * HttpTransport transport = HttpTransport.builder()
 *     .interceptor(SecuredProfile.portalRestProfile(pki).portalInterceptor()).build();
 * secured.next(SecurityFault.BODY_CHANGED_AFTER_SIGNING);   // the next call fails "content-digest mismatch"
 * }</pre>
 */
public final class SecuredProfile implements StubRequestFilterV2, ResponseTransformerV2 {

  /** Ten minutes: beyond the default 300 s skew of every verifier. */
  static final Duration STALE = Duration.ofMinutes(10);

  private final SecuredSide side;
  private final Deque<SecurityFault> faults = new ArrayDeque<>();
  private final List<SignatureVerification> requestVerifications = new CopyOnWriteArrayList<>();

  SecuredProfile(SecuredSide side) {
    this.side = side;
  }

  /** REST: RFC 9421 signatures with the PKI's national identity, trusting the PKI's agency. */
  public static SecuredProfile rest(TestPki pki) {
    return new SecuredProfile(new RestSide(pki));
  }

  /**
   * SOAP: WS-Security with the PKI's national identity, trusting only the PKI's agency token (it
   * must also chain to the root).
   */
  public static SecuredProfile soap(TestPki pki) {
    return new SecuredProfile(new SoapSide(pki));
  }

  /**
   * The portal's REST profile matching {@link #rest}: signs as the agency, trusts the national key.
   */
  public static HttpSignatureProfile portalRestProfile(TestPki pki) {
    return RestSide.portal(pki, evidenceKey(pki));
  }

  /** The portal's WS-Security profile matching {@link #soap}. */
  public static WsSecurityProfile portalSoapProfile(TestPki pki) {
    return WsSecurityProfile.builder()
        .identity(pki.agency())
        .certificateValidator(
            vn.connector.core.security.CertificateValidator.builder()
                .trustAnchors(List.of(pki.rootCertificate()))
                .build())
        .peerCertificates(List.of(pki.national().certificate()))
        .evidenceKey(evidenceKey(pki))
        .build();
  }

  /**
   * The evidence key of the portal profiles made for {@code pki}: random, one per PKI, so that a
   * test can recompute a digest with {@link vn.connector.core.security.EvidenceRecord#digestOf}.
   */
  public static synchronized vn.connector.core.Secret evidenceKey(TestPki pki) {
    return EVIDENCE_KEYS.computeIfAbsent(pki, p -> TestPki.randomEvidenceKey());
  }

  private static final java.util.Map<TestPki, vn.connector.core.Secret> EVIDENCE_KEYS =
      new java.util.WeakHashMap<>();

  /** Another province's portal identity, issued by the same root; made once per PKI. */
  static synchronized vn.connector.core.security.SigningIdentity otherAgency(TestPki pki) {
    return OTHER_AGENCIES.computeIfAbsent(
        pki, p -> p.ca().issue(TestCa.Profile.signing("So TTTT Tinh Khac Test Portal")));
  }

  private static final java.util.Map<TestPki, vn.connector.core.security.SigningIdentity>
      OTHER_AGENCIES = new java.util.WeakHashMap<>();

  /** Queues misbehaviours for the next responses, one response each, in order. */
  public synchronized SecuredProfile next(SecurityFault... next) {
    for (SecurityFault fault : next) {
      faults.addLast(Objects.requireNonNull(fault, "fault"));
    }
    return this;
  }

  /** Every verification of a portal request so far, in arrival order. */
  public List<SignatureVerification> requestVerifications() {
    return List.copyOf(requestVerifications);
  }

  @Override
  public String getName() {
    return "secured-profile";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    SignatureVerification verification = side.verify(request);
    requestVerifications.add(verification);
    if (verification.valid()) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.stopWith(
        ResponseDefinitionBuilder.responseDefinition()
            .withStatus(401)
            .withHeader("X-Signature-Error", verification.failedRule())
            .withHeader("Content-Type", "text/plain; charset=utf-8")
            .withBody("signature refused: " + verification.failedRule())
            .build());
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    if (response.getFault() != null
        || response.getHeaders().getHeader("X-Signature-Error").isPresent()) {
      return response;
    }
    return side.sign(response, serveEvent.getRequest(), draw());
  }

  /**
   * Signs one response to {@code request} as the national side, misbehaving as {@code fault} says
   * (null: behave), without touching the queue of {@link #next}: for simulators that route each
   * path to one of several profiles and keep their own fault queue.
   */
  public Response sign(Response response, Request request, SecurityFault fault) {
    return side.sign(
        Objects.requireNonNull(response, "response"),
        Objects.requireNonNull(request, "request"),
        fault);
  }

  private synchronized SecurityFault draw() {
    return faults.pollFirst();
  }
}
