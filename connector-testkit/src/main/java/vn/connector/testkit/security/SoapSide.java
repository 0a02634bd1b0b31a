package vn.connector.testkit.security;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.WsSecurityProfile;

/** WS-Security on the simulator side: verifies request envelopes, signs response envelopes. */
final class SoapSide implements SecuredSide {

  private static final Pattern BODY =
      Pattern.compile("<(\\w+:)?Body[\\s>].*?</(\\w+:)?Body>", Pattern.DOTALL);
  private static final Pattern SIGNATURE_VALUE =
      Pattern.compile("(<(\\w+:)?SignatureValue[^>]*>\\s*)(.)");

  private final WsSecurityProfile provider;
  private final WsSecurityProfile wrongKey;
  private final WsSecurityProfile stale;
  private final WsSecurityProfile otherAgency;
  private volatile byte[] last;

  SoapSide(TestPki pki) {
    Clock clock = Clock.systemUTC();
    X509Certificate agency = pki.agency().certificate();
    this.provider = profile(pki, pki.national(), agency, clock);
    this.wrongKey =
        profile(
            pki,
            SigningIdentity.of(pki.foreign().privateKey(), pki.national().chain()),
            agency,
            clock);
    this.stale =
        profile(pki, pki.national(), agency, Clock.offset(clock, SecuredProfile.STALE.negated()));
    this.otherAgency = profile(pki, SecuredProfile.otherAgency(pki), agency, clock);
  }

  /** A profile signing as {@code identity} that accepts only {@code peer}'s signatures. */
  static WsSecurityProfile profile(
      TestPki pki, SigningIdentity identity, X509Certificate peer, Clock clock) {
    return WsSecurityProfile.builder()
        .identity(identity)
        .clock(clock)
        .certificateValidator(
            CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build())
        .peerCertificates(List.of(peer))
        .build();
  }

  @Override
  public SignatureVerification verify(Request request) {
    return provider.verify(request.getBody());
  }

  @Override
  public Response sign(Response response, Request request, SecurityFault fault) {
    byte[] body = response.getBody();
    if (body == null || body.length == 0) {
      return response;
    }
    if (fault == SecurityFault.REPLAYED_RESPONSE && last != null) {
      return Response.Builder.like(response).but().body(last).build();
    }
    WsSecurityProfile signer =
        fault == SecurityFault.WRONG_KEY
            ? wrongKey
            : fault == SecurityFault.STALE_CREATED
                ? stale
                : fault == SecurityFault.OTHER_AGENCY_SIGNER ? otherAgency : provider;
    byte[] signed = signer.sign(body);
    if (fault == null) {
      last = signed;
    }
    return Response.Builder.like(response)
        .but()
        .body(misbehave(new String(signed, StandardCharsets.UTF_8), fault))
        .build();
  }

  private static String misbehave(String envelope, SecurityFault fault) {
    if (fault == SecurityFault.BAD_SIGNATURE) {
      Matcher m = SIGNATURE_VALUE.matcher(envelope);
      if (m.find()) {
        char c = m.group(3).charAt(0);
        return envelope.substring(0, m.start(3))
            + (c == 'A' ? 'B' : 'A')
            + envelope.substring(m.end(3));
      }
    }
    Matcher body = BODY.matcher(envelope);
    if (!body.find()) {
      return envelope;
    }
    String prefix = body.group(1) == null ? "" : body.group(1);
    if (fault == SecurityFault.BODY_CHANGED_AFTER_SIGNING) {
      int close = envelope.lastIndexOf("</" + prefix + "Body>", body.end());
      return envelope.substring(0, close)
          + "<sim:Injected xmlns:sim=\"urn:simulator\"/>"
          + envelope.substring(close);
    }
    if (fault == SecurityFault.WRAPPED_SOAP_BODY) {
      String signedBody = body.group();
      String forged =
          "<"
              + prefix
              + "Body><sim:Forged xmlns:sim=\"urn:simulator\">forged</sim:Forged></"
              + prefix
              + "Body>";
      String unwrapped =
          envelope.substring(0, body.start()) + forged + envelope.substring(body.end());
      return unwrapped.replace(
          "</" + prefix + "Header>",
          "<sim:Wrapper xmlns:sim=\"urn:simulator\">"
              + signedBody
              + "</sim:Wrapper></"
              + prefix
              + "Header>");
    }
    return envelope;
  }
}
