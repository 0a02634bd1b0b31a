package vn.connector.core.security.internal;

import java.time.Clock;
import vn.connector.core.Call;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.SignatureException;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.SignatureVerification;

/** Portal side of RFC 9421: signs every attempt, verifies every answer before anyone reads it. */
public final class PortalSignatureInterceptor implements ExchangeInterceptor {

  private final HttpSignatureProfile profile;
  private final EvidenceListener evidence;
  private final EvidenceKey evidenceKey;
  private final Clock clock;

  public PortalSignatureInterceptor(
      HttpSignatureProfile profile,
      EvidenceListener evidence,
      EvidenceKey evidenceKey,
      Clock clock) {
    this.profile = profile;
    this.evidence = evidence;
    this.evidenceKey = evidenceKey;
    this.clock = clock;
  }

  @Override
  public HttpRequest beforeSend(Call call, HttpRequest request) {
    HttpRequest out =
        request.header("X-Request-Id").isPresent()
            ? request
            : request.withHeader("X-Request-Id", call.requestId());
    return out.withHeaders(profile.signRequest(Exchanges.parts(out)));
  }

  @Override
  public HttpResponse afterReceive(Call call, HttpRequest sent, HttpResponse response) {
    if (Exchanges.unsignedGatewayAnswer(response, "Signature")) {
      return Exchanges.markedUnverified(response);
    }
    String requestId = sent.header("X-Request-Id").orElse(call.requestId());
    SignatureVerification verification =
        profile.verifyResponse(Exchanges.parts(response), requestId);
    if (evidenceKey != null) {
      Exchanges.evidence(
          evidence,
          evidenceKey,
          clock,
          call,
          sent,
          response,
          sent.header("Signature").orElse(""),
          verification);
    }
    if (!verification.valid()) {
      throw new SignatureException(call, verification.failedRule());
    }
    return response;
  }
}
