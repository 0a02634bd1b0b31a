package vn.connector.core.security.internal;

import java.time.Clock;
import vn.connector.core.Call;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.SignatureException;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.WsSecurityProfile;

/** Portal side of WS-Security: signs every attempt's envelope, verifies every answer's envelope. */
public final class PortalWsSecurityInterceptor implements ExchangeInterceptor {

  private final WsSecurityProfile profile;
  private final EvidenceListener evidence;
  private final EvidenceKey evidenceKey;
  private final Clock clock;

  public PortalWsSecurityInterceptor(
      WsSecurityProfile profile, EvidenceListener evidence, EvidenceKey evidenceKey, Clock clock) {
    this.profile = profile;
    this.evidence = evidence;
    this.evidenceKey = evidenceKey;
    this.clock = clock;
  }

  @Override
  public HttpRequest beforeSend(Call call, HttpRequest request) {
    return request.hasBody() ? request.withBody(profile.sign(request.body())) : request;
  }

  @Override
  public HttpResponse afterReceive(Call call, HttpRequest sent, HttpResponse response) {
    // Gateway answers (auth, throttling, outage) carry no envelope of the national side.
    if (Exchanges.unsignedGatewaySoapAnswer(response)) {
      return Exchanges.markedUnverified(response);
    }
    SignatureVerification verification = profile.verifyResponse(response.body(), sent.body());
    if (evidenceKey != null) {
      Exchanges.evidence(
          evidence,
          evidenceKey,
          clock,
          call,
          sent,
          response,
          WsSecurityVerifier.signatureValue(sent.body()),
          verification);
    }
    if (!verification.valid()) {
      throw new SignatureException(call, verification.failedRule());
    }
    return response;
  }
}
