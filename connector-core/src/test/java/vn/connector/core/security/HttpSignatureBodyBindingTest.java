package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.core.security.HttpSignatureProfileTest.BODY;
import static vn.connector.core.security.HttpSignatureProfileTest.URI_;
import static vn.connector.core.security.HttpSignatureProfileTest.keyPair;
import static vn.connector.core.security.HttpSignatureProfileTest.request;

import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.MutableClock;

/**
 * The body a provider or a portal processes must be the body that was signed, even when it is
 * empty.
 */
class HttpSignatureBodyBindingTest {

  static final String REQUEST_ID = "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1";

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
  final KeyPair portalKeys = keyPair(SignatureAlgorithm.ECDSA_P256_SHA256);
  final KeyPair nationalKeys = keyPair(SignatureAlgorithm.ECDSA_P256_SHA256);
  final HttpSignatureProfile portal = profile(portalKeys, "portal", nationalKeys, "national");
  final HttpSignatureProfile national = profile(nationalKeys, "national", portalKeys, "portal");

  HttpSignatureProfile profile(KeyPair own, String ownId, KeyPair peer, String peerId) {
    return HttpSignatureProfile.builder()
        .signer(Signer.of(own.getPrivate(), SignatureAlgorithm.ECDSA_P256_SHA256, ownId))
        .trustedKeys(
            TrustedKeys.builder()
                .publicKey(peerId, peer.getPublic(), SignatureAlgorithm.ECDSA_P256_SHA256)
                .build())
        .clock(clock)
        .build();
  }

  static MessageParts post(Map<String, String> headers, byte[] body) {
    return MessageParts.request("POST", URI_, headers, body);
  }

  @Test
  void refusesSignedPostWhoseBodyWasStripped() {
    Map<String, String> signedHeaders =
        request(BODY).withHeaders(portal.signRequest(request(BODY))).headers();
    SignatureVerification verification = national.verifyRequest(post(signedHeaders, new byte[0]));
    assertThat(verification.valid()).isFalse();
    assertThat(verification.failedRule()).isEqualTo("content-digest mismatch");
  }

  @Test
  void refusesSignedPostWhoseBodyAndContentTypeWereStripped() {
    Map<String, String> headers =
        new LinkedHashMap<>(request(BODY).withHeaders(portal.signRequest(request(BODY))).headers());
    headers.remove("Content-Type");
    assertThat(national.verifyRequest(post(headers, new byte[0])).failedRule())
        .isEqualTo("content-digest mismatch");
  }

  @Test
  void refusesSignedPostWhoseBodyAndContentDigestWereStripped() {
    Map<String, String> headers =
        new LinkedHashMap<>(request(BODY).withHeaders(portal.signRequest(request(BODY))).headers());
    headers.remove("Content-Digest");
    assertThat(national.verifyRequest(post(headers, new byte[0])).failedRule())
        .isEqualTo("content-digest missing");
  }

  @Test
  void refusesContentTypeAddedToASignedRequestWithoutBody() {
    MessageParts signed =
        request(new byte[0]).withHeaders(portal.signRequest(request(new byte[0])));
    MessageParts injected = signed.withHeaders(Map.of("Content-Type", "application/json"));
    assertThat(national.verifyRequest(injected).failedRule())
        .isEqualTo("component not covered: content-digest");
  }

  @Test
  void signsAnEmptyBodyAnnouncedByContentTypeWithItsDigest() {
    MessageParts empty =
        post(Map.of("X-Request-Id", REQUEST_ID, "Content-Type", "application/json"), new byte[0]);
    Map<String, String> added = portal.signRequest(empty);
    assertThat(added.get("Content-Digest"))
        .isEqualTo("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
    assertThat(added.get("Signature-Input"))
        .startsWith("sig1=(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\"");
    assertThat(national.verifyRequest(empty.withHeaders(added)).valid()).isTrue();
    MessageParts filled = post(empty.withHeaders(added).headers(), BODY);
    assertThat(national.verifyRequest(filled).failedRule()).isEqualTo("content-digest mismatch");
  }

  @Test
  void refusesResponseWithBodyButNoContentDigest() {
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", REQUEST_ID, "Content-Type", "application/json"), BODY);
    Map<String, String> headers =
        new LinkedHashMap<>(response.withHeaders(national.signResponse(response)).headers());
    headers.remove("Content-Digest");
    assertThat(
            portal
                .verifyResponse(MessageParts.response(200, headers, BODY), REQUEST_ID)
                .failedRule())
        .isEqualTo("content-digest missing");
  }

  @Test
  void refusesSignedResponseWhoseBodyWasStripped() {
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", REQUEST_ID, "Content-Type", "application/json"), BODY);
    Map<String, String> headers = response.withHeaders(national.signResponse(response)).headers();
    assertThat(
            portal
                .verifyResponse(MessageParts.response(200, headers, new byte[0]), REQUEST_ID)
                .failedRule())
        .isEqualTo("content-digest mismatch");
  }
}
