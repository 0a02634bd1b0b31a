package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.core.security.HttpSignatureProfileTest.BODY;
import static vn.connector.core.security.HttpSignatureProfileTest.keyPair;
import static vn.connector.core.security.HttpSignatureProfileTest.request;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.MutableClock;

/** Time rules: how long a signature may live, and how long its nonce is remembered. */
class HttpSignatureFreshnessTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T00:00:00Z"));
  final KeyPair portalKeys = keyPair(SignatureAlgorithm.ECDSA_P256_SHA256);
  final KeyPair nationalKeys = keyPair(SignatureAlgorithm.ECDSA_P256_SHA256);

  HttpSignatureProfile.Builder profile(KeyPair own, String ownId, KeyPair peer, String peerId) {
    return HttpSignatureProfile.builder()
        .signer(Signer.of(own.getPrivate(), SignatureAlgorithm.ECDSA_P256_SHA256, ownId))
        .trustedKeys(
            TrustedKeys.builder()
                .publicKey(peerId, peer.getPublic(), SignatureAlgorithm.ECDSA_P256_SHA256)
                .build())
        .clock(clock);
  }

  HttpSignatureProfile portalSigningFor(Duration validity) {
    return profile(portalKeys, "portal", nationalKeys, "national")
        .signatureValidity(validity)
        .build();
  }

  HttpSignatureProfile nationalWithReplayCache(int size) {
    return profile(nationalKeys, "national", portalKeys, "portal").replayCacheSize(size).build();
  }

  static MessageParts signedBy(HttpSignatureProfile signer) {
    return request(BODY).withHeaders(signer.signRequest(request(BODY)));
  }

  @Test
  void refusesRequestWhoseExpiresIsYearsAway() {
    HttpSignatureProfile national = nationalWithReplayCache(10);
    MessageParts longLived = signedBy(portalSigningFor(Duration.ofDays(3650)));
    assertThat(national.verifyRequest(longLived).failedRule()).isEqualTo("expires too far");
  }

  @Test
  void acceptsExpiresUpToValidityPlusClockSkewAndNoFurther() {
    HttpSignatureProfile national = nationalWithReplayCache(10);
    assertThat(national.verifyRequest(signedBy(portalSigningFor(Duration.ofSeconds(600)))).valid())
        .isTrue();
    assertThat(
            national
                .verifyRequest(signedBy(portalSigningFor(Duration.ofSeconds(601))))
                .failedRule())
        .isEqualTo("expires too far");
  }

  @Test
  void longLivedSignatureCannotLockTheReplayCache() {
    HttpSignatureProfile national = nationalWithReplayCache(2);
    HttpSignatureProfile portal = portalSigningFor(Duration.ofSeconds(300));
    national.verifyRequest(signedBy(portalSigningFor(Duration.ofDays(3650))));
    assertThat(national.verifyRequest(signedBy(portal)).valid()).isTrue();
    for (int window = 0; window < 3; window++) {
      clock.advance(Duration.ofSeconds(301));
      assertThat(national.verifyRequest(signedBy(portal)).valid()).isTrue();
      assertThat(national.verifyRequest(signedBy(portal)).valid()).isTrue();
    }
  }

  @Test
  void remembersNonceExactlyAsLongAsItsRequestCouldBeAccepted() {
    HttpSignatureProfile national = nationalWithReplayCache(1);
    HttpSignatureProfile portal = portalSigningFor(Duration.ofSeconds(300));
    MessageParts first = signedBy(portal);
    assertThat(national.verifyRequest(first).valid()).isTrue();
    clock.advance(Duration.ofSeconds(300));
    assertThat(national.verifyRequest(first).failedRule()).isEqualTo("nonce replayed");
    clock.advance(Duration.ofSeconds(1));
    assertThat(national.verifyRequest(first).failedRule()).isEqualTo("created too old");
    assertThat(national.verifyRequest(signedBy(portal)).valid()).isTrue();
  }

  @Test
  void refusesAReplayInsideTheLastSecondOfTheWindow() {
    HttpSignatureProfile national = nationalWithReplayCache(10);
    HttpSignatureProfile portal = portalSigningFor(Duration.ofSeconds(300));
    MessageParts first = signedBy(portal);
    assertThat(national.verifyRequest(first).valid()).isTrue();
    clock.advance(Duration.ofMillis(300_500));
    assertThat(national.verifyRequest(first).failedRule()).isEqualTo("nonce replayed");
  }

  @Test
  void refusesResponseCreatedFurtherInTheFutureThanTheSkew() {
    HttpSignatureProfile portal = profile(portalKeys, "portal", nationalKeys, "national").build();
    MutableClock ahead = new MutableClock(clock.instant().plusSeconds(301));
    HttpSignatureProfile fastNational =
        profile(nationalKeys, "national", portalKeys, "portal").clock(ahead).build();
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", "r1", "Content-Type", "application/json"), BODY);
    MessageParts early = response.withHeaders(fastNational.signResponse(response));
    assertThat(portal.verifyResponse(early, "r1").failedRule()).isEqualTo("created in the future");
    ahead.advance(Duration.ofSeconds(-1));
    assertThat(
            portal
                .verifyResponse(response.withHeaders(fastNational.signResponse(response)), "r1")
                .valid())
        .isTrue();
  }
}
