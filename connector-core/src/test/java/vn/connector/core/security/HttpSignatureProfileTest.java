package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.MutableClock;

class HttpSignatureProfileTest {

  static final URI URI_ = URI.create("https://lgsp.example.gov.vn/c06/verify?v=1");
  static final byte[] BODY = "{\"soDinhDanh\":\"001090012345\"}".getBytes(StandardCharsets.UTF_8);

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

  static KeyPair keyPair(SignatureAlgorithm algorithm) {
    try {
      switch (algorithm) {
        case ED25519:
          return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        case RSA_PSS_SHA512:
          {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
          }
        default:
          {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
          }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static MessageParts request(byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1");
    if (body.length > 0) {
      headers.put("Content-Type", "application/json");
    }
    return MessageParts.request(body.length > 0 ? "POST" : "GET", URI_, headers, body);
  }

  static MessageParts signed(MessageParts message, Map<String, String> added) {
    return message.withHeaders(added);
  }

  @Test
  void signsRequestWithTheContractComponentsAndParameters() {
    Map<String, String> added = portal.signRequest(request(BODY));
    assertThat(added.get("Content-Digest")).startsWith("sha-256=:");
    assertThat(added.get("Signature-Input"))
        .matches(
            "sig1=\\(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\" \"x-request-id\"\\);created=1795478400;"
                + "expires=1795478700;nonce=\"[A-Za-z0-9_-]{22}\";keyid=\"portal\";alg=\"ecdsa-p256-sha256\"");
    assertThat(national.verifyRequest(signed(request(BODY), added)).valid()).isTrue();
  }

  @Test
  void requestWithoutBodyCoversMethodTargetAndRequestId() {
    Map<String, String> added = portal.signRequest(request(new byte[0]));
    assertThat(added).doesNotContainKey("Content-Digest");
    assertThat(added.get("Signature-Input"))
        .startsWith("sig1=(\"@method\" \"@target-uri\" \"x-request-id\");");
    assertThat(national.verifyRequest(signed(request(new byte[0]), added)).valid()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = SignatureAlgorithm.class,
      names = {"ECDSA_P256_SHA256", "ED25519", "RSA_PSS_SHA512"})
  void roundTripsEveryAllowedAlgorithm(SignatureAlgorithm algorithm) {
    KeyPair keys = keyPair(algorithm);
    HttpSignatureProfile signer =
        HttpSignatureProfile.builder()
            .signer(Signer.of(keys.getPrivate(), algorithm, "k"))
            .trustedKeys(TrustedKeys.builder().publicKey("k", keys.getPublic(), algorithm).build())
            .clock(clock)
            .build();
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", "r1", "Content-Type", "application/json"), BODY);
    assertThat(signer.verifyResponse(signed(response, signer.signResponse(response)), "r1").valid())
        .isTrue();
  }

  @Test
  void acceptsAnyPluggedSignerSuchAsAnHsmClient() {
    Signer software =
        Signer.of(portalKeys.getPrivate(), SignatureAlgorithm.ECDSA_P256_SHA256, "portal");
    Signer hsm =
        new Signer() {
          @Override
          public SignatureAlgorithm algorithm() {
            return SignatureAlgorithm.ECDSA_P256_SHA256;
          }

          @Override
          public String keyId() {
            return "portal";
          }

          @Override
          public byte[] sign(byte[] data) {
            return software.sign(data); // stands in for a call to a token or a remote HSM
          }
        };
    HttpSignatureProfile viaHsm =
        HttpSignatureProfile.builder()
            .signer(hsm)
            .trustedKeys(
                TrustedKeys.builder()
                    .publicKey(
                        "national", nationalKeys.getPublic(), SignatureAlgorithm.ECDSA_P256_SHA256)
                    .build())
            .clock(clock)
            .build();
    assertThat(
            national
                .verifyRequest(signed(request(BODY), viaHsm.signRequest(request(BODY))))
                .valid())
        .isTrue();
  }

  @Test
  void refusesBodyChangedAfterSigning() {
    Map<String, String> added = portal.signRequest(request(BODY));
    MessageParts tampered =
        signed(
            request("{\"soDinhDanh\":\"001090099999\"}".getBytes(StandardCharsets.UTF_8)), added);
    assertThat(national.verifyRequest(tampered).failedRule()).isEqualTo("content-digest mismatch");
  }

  @Test
  void refusesReplayedNonce() {
    MessageParts message = signed(request(BODY), portal.signRequest(request(BODY)));
    assertThat(national.verifyRequest(message).valid()).isTrue();
    assertThat(national.verifyRequest(message).failedRule()).isEqualTo("nonce replayed");
  }

  @Test
  void refusesStaleCreatedAndCreatedInTheFuture() {
    MessageParts message = signed(request(BODY), portal.signRequest(request(BODY)));
    clock.advance(Duration.ofSeconds(301));
    assertThat(national.verifyRequest(message).failedRule()).isEqualTo("created too old");
    MessageParts future = signed(request(BODY), portal.signRequest(request(BODY)));
    clock.advance(Duration.ofSeconds(-700));
    assertThat(national.verifyRequest(future).failedRule()).isEqualTo("created in the future");
  }

  @Test
  void refusesResponseBoundToAnotherRequest() {
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", "other", "Content-Type", "application/json"), BODY);
    MessageParts signedResponse = signed(response, national.signResponse(response));
    assertThat(portal.verifyResponse(signedResponse, "mine").failedRule())
        .isEqualTo("x-request-id does not match the request");
    assertThat(portal.verifyResponse(signedResponse, "other").valid()).isTrue();
  }

  @Test
  void refusesUntrustedKeyIdAndWrongKey() {
    KeyPair stranger = keyPair(SignatureAlgorithm.ECDSA_P256_SHA256);
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", "r", "Content-Type", "application/json"), BODY);
    HttpSignatureProfile unknown = profile(stranger, "stranger", portalKeys, "portal");
    HttpSignatureProfile impostor = profile(stranger, "national", portalKeys, "portal");
    assertThat(
            portal
                .verifyResponse(signed(response, unknown.signResponse(response)), "r")
                .failedRule())
        .isEqualTo("untrusted keyid");
    assertThat(
            portal
                .verifyResponse(signed(response, impostor.signResponse(response)), "r")
                .failedRule())
        .isEqualTo("signature invalid");
  }

  @Test
  void refusesHmacUnlessExplicitlyAllowedWithASharedSecret() {
    byte[] secret = new byte[32];
    HttpSignatureProfile hmacSigner =
        HttpSignatureProfile.builder()
            .signer(Signer.hmacSha256(secret, "shared"))
            .trustedKeys(TrustedKeys.builder().sharedSecret("shared", secret).build())
            .clock(clock)
            .build();
    MessageParts response =
        MessageParts.response(
            200, Map.of("X-Request-Id", "r", "Content-Type", "application/json"), BODY);
    MessageParts signedResponse = signed(response, hmacSigner.signResponse(response));
    assertThat(hmacSigner.verifyResponse(signedResponse, "r").failedRule())
        .isEqualTo("alg not allowed: hmac-sha256");
    HttpSignatureProfile agreed =
        HttpSignatureProfile.builder()
            .signer(Signer.hmacSha256(secret, "shared"))
            .trustedKeys(TrustedKeys.builder().sharedSecret("shared", secret).build())
            .allowedAlgorithms(EnumSet.of(SignatureAlgorithm.HMAC_SHA256))
            .clock(clock)
            .build();
    assertThat(agreed.verifyResponse(signedResponse, "r").valid()).isTrue();
    assertThatThrownBy(
            () ->
                HttpSignatureProfile.builder()
                    .signer(Signer.hmacSha256(secret, "s"))
                    .trustedKeys(
                        TrustedKeys.builder()
                            .publicKey(
                                "k", portalKeys.getPublic(), SignatureAlgorithm.ECDSA_P256_SHA256)
                            .build())
                    .allowedAlgorithms(EnumSet.of(SignatureAlgorithm.HMAC_SHA256))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shared secret");
  }

  @Test
  void refusesMissingOrMalformedSignatureAndUncoveredComponents() {
    assertThat(national.verifyRequest(request(BODY)).failedRule()).isEqualTo("signature missing");
    Map<String, String> added = new LinkedHashMap<>(portal.signRequest(request(BODY)));
    added.put("Signature", "sig1=not-a-byte-sequence");
    assertThat(national.verifyRequest(signed(request(BODY), added)).failedRule())
        .isEqualTo("signature header malformed");
    Map<String, String> noBodyCoverage = portal.signRequest(request(new byte[0]));
    MessageParts withBody = signed(request(BODY), noBodyCoverage);
    assertThat(national.verifyRequest(withBody).failedRule())
        .isEqualTo("component not covered: content-digest");
  }

  @Test
  void signingRequiresRequestIdBeforeAnythingIsSent() {
    MessageParts noId =
        MessageParts.request("POST", URI_, Map.of("Content-Type", "application/json"), BODY);
    assertThatThrownBy(() -> portal.signRequest(noId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x-request-id: header is required by the secured profile");
  }
}
