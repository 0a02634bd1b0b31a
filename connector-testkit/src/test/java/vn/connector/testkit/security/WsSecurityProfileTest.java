package vn.connector.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.WsSecurityProfile;

class WsSecurityProfileTest {

  static final String ENVELOPE =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soap:Header><xro:id xmlns:xro=\"http://x-road.eu/xsd/xroad.xsd\">6f1c1f9e</xro:id></soap:Header>"
          + "<soap:Body><tns:TraCuu xmlns:tns=\"urn:c06\"><tns:SoDinhDanh>001090012345</tns:SoDinhDanh></tns:TraCuu></soap:Body>"
          + "</soap:Envelope>";

  static TestPki pki;

  @BeforeAll
  static void pki() {
    pki = TestPki.generate();
  }

  static WsSecurityProfile profile(SigningIdentity identity, Clock clock) {
    return profile(identity, clock, peerOf(identity));
  }

  /** The national side trusts the agency, everyone else the national side. */
  static SigningIdentity peerOf(SigningIdentity identity) {
    return identity == pki.national() ? pki.agency() : pki.national();
  }

  static WsSecurityProfile profile(SigningIdentity identity, Clock clock, SigningIdentity peer) {
    return WsSecurityProfile.builder()
        .identity(identity)
        .clock(clock)
        .certificateValidator(
            CertificateValidator.builder()
                .trustAnchors(List.of(pki.rootCertificate()))
                .clock(clock)
                .build())
        .peerCertificates(List.of(peer.certificate()))
        .build();
  }

  static WsSecurityProfile profile(SigningIdentity identity) {
    return profile(identity, Clock.systemUTC());
  }

  static String signed() {
    return new String(
        profile(pki.agency()).sign(ENVELOPE.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  static SignatureVerification verify(String envelope) {
    return profile(pki.national()).verify(envelope.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void signsBodyAndTimestampWithTokenReferenceAndVerifies() {
    String envelope = signed();
    assertThat(envelope)
        .contains(
            "wsse:Security",
            "soap:mustUnderstand=\"1\"",
            "wsu:Timestamp",
            "wsse:BinarySecurityToken",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "wsse:SecurityTokenReference");
    SignatureVerification verification = verify(envelope);
    assertThat(verification.failure()).isEmpty();
    assertThat(verification.keyId()).isEqualTo(pki.agency().keyId());
  }

  @Test
  void signsWithRsaKeysToo() {
    SigningIdentity rsa =
        pki.ca().issue(TestCa.Profile.signing("RSA Agency").keyType(TestCa.KeyType.RSA_2048));
    byte[] envelope = profile(rsa).sign(ENVELOPE.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(envelope, StandardCharsets.UTF_8)).contains("xmldsig-more#rsa-sha256");
    assertThat(profile(pki.national(), Clock.systemUTC(), rsa).verify(envelope).valid()).isTrue();
  }

  @Test
  void refusesBodyChangedAfterSigning() {
    assertThat(verify(signed().replace("001090012345", "001090099999")).failedRule())
        .isEqualTo("digest mismatch");
  }

  @Test
  void refusesWrappedBody() {
    String envelope = signed();
    int start = envelope.indexOf("<soap:Body");
    int end = envelope.indexOf("</soap:Body>") + "</soap:Body>".length();
    String original = envelope.substring(start, end);
    String wrapper = "<wrap:Wrapper xmlns:wrap=\"urn:attacker\">" + original + "</wrap:Wrapper>";
    String forged =
        "<soap:Body><tns:TraCuu xmlns:tns=\"urn:c06\"><tns:SoDinhDanh>079090000001</tns:SoDinhDanh></tns:TraCuu></soap:Body>";
    String wrappedInHeader =
        envelope.substring(0, start).replace("</soap:Header>", wrapper + "</soap:Header>")
            + forged
            + envelope.substring(end);
    assertThat(verify(wrappedInHeader).failedRule()).isEqualTo("exactly one Body required");
    String renamedWrapper =
        wrappedInHeader
            .replace("<soap:Body wsu:Id", "<soap:Bodx wsu:Id")
            .replace(original.substring(original.length() - 12), "</soap:Bodx>");
    assertThat(verify(renamedWrapper).valid()).isFalse();
    String duplicateId =
        envelope.substring(0, end).replace("</soap:Header>", wrapper + "</soap:Header>")
            + envelope.substring(end);
    assertThat(verify(duplicateId).failedRule())
        .satisfiesAnyOf(
            r -> assertThat(r).startsWith("duplicate id"),
            r -> assertThat(r).isEqualTo("exactly one Body required"));
  }

  @Test
  void refusesBodySignedUnderAnotherIdThanTheProcessedOne() {
    String envelope = signed();
    String bodyId = envelope.replaceAll("(?s).*<soap:Body[^>]*wsu:Id=\"([^\"]+)\".*", "$1");
    // The signed Body moves into a header element under its id; a new unsigned Body takes its
    // place.
    int start = envelope.indexOf("<soap:Body");
    int end = envelope.indexOf("</soap:Body>") + "</soap:Body>".length();
    String inner =
        envelope.substring(envelope.indexOf('>', start) + 1, envelope.indexOf("</soap:Body>"));
    String moved =
        "<wrap:Signed xmlns:wrap=\"urn:attacker\" xmlns:wsu=\""
            + "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\" wsu:Id=\""
            + bodyId
            + "\">"
            + inner
            + "</wrap:Signed>";
    String forged =
        envelope.substring(0, start).replace("</soap:Header>", moved + "</soap:Header>")
            + "<soap:Body><tns:TraCuu xmlns:tns=\"urn:c06\"><tns:SoDinhDanh>079090000001</tns:SoDinhDanh></tns:TraCuu></soap:Body>"
            + envelope.substring(end);
    assertThat(verify(forged).failedRule())
        .isIn("signed element is not the processed Body", "digest mismatch");
  }

  @Test
  void bindsResponseToTheRequestsSignedXroadId() {
    byte[] request = ENVELOPE.getBytes(StandardCharsets.UTF_8);
    byte[] response = profile(pki.agency()).sign(request);
    assertThat(profile(pki.national()).verifyResponse(response, request).valid()).isTrue();
    byte[] otherRequest = ENVELOPE.replace("6f1c1f9e", "aaaa0000").getBytes(StandardCharsets.UTF_8);
    assertThat(profile(pki.national()).verifyResponse(response, otherRequest).failedRule())
        .isEqualTo("xroad:id does not match the request");
    String unbound =
        new String(
                profile(pki.agency())
                    .sign(
                        ENVELOPE
                            .replaceFirst("<soap:Header>.*</soap:Header>", "")
                            .getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)
            .replace(
                "<wsse:Security",
                "<xro:id xmlns:xro=\"http://x-road.eu/xsd/xroad.xsd\">6f1c1f9e</xro:id><wsse:Security");
    assertThat(
            profile(pki.national())
                .verifyResponse(unbound.getBytes(StandardCharsets.UTF_8), request)
                .failedRule())
        .isEqualTo("xroad:id not signed");
  }

  @Test
  void refusesDoctype() {
    String withDoctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + signed().replaceFirst("<\\?xml[^>]*>", "");
    assertThat(verify(withDoctype).failedRule()).isEqualTo("doctype refused");
  }

  @Test
  void refusesTokensOutsideTheAnchorsAndExpiredTimestamps() {
    byte[] envelope = ENVELOPE.getBytes(StandardCharsets.UTF_8);
    assertThat(profile(pki.national()).verify(profile(pki.foreign()).sign(envelope)).failedRule())
        .isEqualTo("certificate not trusted: no path to a trust anchor");
    Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(6)), ZoneOffset.UTC);
    assertThat(
            profile(pki.national()).verify(profile(pki.agency(), past).sign(envelope)).failedRule())
        .isEqualTo("timestamp created too old");
    assertThat(verify(ENVELOPE).failedRule()).isEqualTo("security header missing");
  }
}
