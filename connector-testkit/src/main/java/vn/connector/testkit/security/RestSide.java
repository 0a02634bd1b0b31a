package vn.connector.testkit.security;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.Signer;
import vn.connector.core.security.TrustedKeys;

/** RFC 9421 on the simulator side: verifies requests, signs responses, misbehaves on demand. */
final class RestSide implements SecuredSide {

  private record Sent(int status, Map<String, String> headers, byte[] body) {}

  private final HttpSignatureProfile provider;
  private final HttpSignatureProfile wrongKey;
  private final HttpSignatureProfile stale;
  private final HttpSignatureProfile otherAgency;
  private volatile Sent last;

  RestSide(TestPki pki) {
    Clock clock = Clock.systemUTC();
    this.provider = profile(pki.national().signer(), pki.agency(), pki, clock);
    this.wrongKey =
        profile(
            Signer.of(
                pki.foreign().privateKey(),
                SignatureAlgorithm.ECDSA_P256_SHA256,
                pki.national().keyId()),
            pki.agency(),
            pki,
            clock);
    this.stale =
        profile(
            pki.national().signer(),
            pki.agency(),
            pki,
            Clock.offset(clock, SecuredProfile.STALE.negated()));
    this.otherAgency = profile(SecuredProfile.otherAgency(pki).signer(), pki.agency(), pki, clock);
  }

  static HttpSignatureProfile portal(TestPki pki, vn.connector.core.Secret evidenceKey) {
    return HttpSignatureProfile.builder()
        .signer(pki.agency().signer())
        .trustedKeys(TrustedKeys.builder().certificate(pki.national().certificate()).build())
        .certificateValidator(
            CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build())
        .evidenceKey(evidenceKey)
        .build();
  }

  private static HttpSignatureProfile profile(
      Signer signer, vn.connector.core.security.SigningIdentity peer, TestPki pki, Clock clock) {
    return HttpSignatureProfile.builder()
        .signer(signer)
        .trustedKeys(TrustedKeys.builder().certificate(peer.certificate()).build())
        .certificateValidator(
            CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build())
        .clock(clock)
        .build();
  }

  @Override
  public SignatureVerification verify(Request request) {
    return provider.verifyRequest(
        MessageParts.request(
            request.getMethod().getName(),
            URI.create(request.getAbsoluteUrl()),
            SecuredSide.headers(request.getHeaders()),
            request.getBody()));
  }

  @Override
  public Response sign(Response response, Request request, SecurityFault fault) {
    Sent previous = last;
    if (fault == SecurityFault.REPLAYED_RESPONSE && previous != null) {
      return build(response, previous);
    }
    Map<String, String> headers = new LinkedHashMap<>(SecuredSide.headers(response.getHeaders()));
    String requestId = request.getHeader("X-Request-Id");
    boolean replay = fault == SecurityFault.REPLAYED_RESPONSE;
    headers.put(
        "X-Request-Id", replay || requestId == null ? UUID.randomUUID().toString() : requestId);
    headers.putIfAbsent("Content-Type", "application/json");
    byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
    HttpSignatureProfile signer =
        fault == SecurityFault.WRONG_KEY
            ? wrongKey
            : fault == SecurityFault.STALE_CREATED
                ? stale
                : fault == SecurityFault.OTHER_AGENCY_SIGNER ? otherAgency : provider;
    headers.putAll(signer.signResponse(MessageParts.response(response.getStatus(), headers, body)));
    if (fault == SecurityFault.BAD_SIGNATURE) {
      headers.put("Signature", flipped(headers.get("Signature")));
    }
    Sent sent = new Sent(response.getStatus(), headers, body);
    if (fault == null) {
      last = sent;
    }
    if (fault == SecurityFault.BODY_CHANGED_AFTER_SIGNING) {
      sent =
          new Sent(
              sent.status(),
              headers,
              (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
    }
    return build(response, sent);
  }

  private static Response build(Response response, Sent sent) {
    return Response.Builder.like(response)
        .but()
        .status(sent.status())
        .headers(SecuredSide.with(response.getHeaders(), sent.headers()))
        .body(sent.body())
        .build();
  }

  /** The same signature with one bit changed: well-formed, but wrong. */
  private static String flipped(String field) {
    int start = field.indexOf(':') + 1;
    byte[] signature = Base64.getDecoder().decode(field.substring(start, field.lastIndexOf(':')));
    signature[signature.length / 2] ^= 0x01;
    return field.substring(0, start) + Base64.getEncoder().encodeToString(signature) + ":";
  }
}
