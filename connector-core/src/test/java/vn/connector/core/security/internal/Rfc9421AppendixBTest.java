package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.Signer;

/** The examples of RFC 9421 Appendix B and RFC 9530, from shared/vectors/rfc9421-appendix-b.md. */
class Rfc9421AppendixBTest {

  static final String ECC_PUBLIC =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\n"
          + "w0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n"
          + "-----END PUBLIC KEY-----\n";
  static final String ED25519_PRIVATE =
      "-----BEGIN PRIVATE KEY-----\n"
          + "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
          + "-----END PRIVATE KEY-----\n";
  static final String ED25519_PUBLIC =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n"
          + "-----END PUBLIC KEY-----\n";
  static final String SHARED_SECRET =
      "uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==";

  static final byte[] REQUEST_BODY = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);

  static MessageParts testRequest() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", "example.com");
    headers.put("Date", "Tue, 20 Apr 2021 02:07:55 GMT");
    headers.put("Content-Type", "application/json");
    headers.put(
        "Content-Digest",
        "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:");
    headers.put("Content-Length", "18");
    return MessageParts.request(
        "POST", URI.create("https://example.com/foo?param=Value&Pet=dog"), headers, REQUEST_BODY);
  }

  static MessageParts testResponse() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Date", "Tue, 20 Apr 2021 02:07:56 GMT");
    headers.put("Content-Type", "application/json");
    headers.put(
        "Content-Digest",
        "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:");
    headers.put("Content-Length", "23");
    return MessageParts.response(
        200, headers, "{\"message\": \"good dog\"}".getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, Object> params(String keyId) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("created", 1618884473L);
    params.put("keyid", keyId);
    return params;
  }

  @Test
  void reproducesB24SignatureBaseAndVerifiesThePublishedEcdsaSignature() {
    String expected =
        "\"@status\": 200\n"
            + "\"content-type\": application/json\n"
            + "\"content-digest\": sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:\n"
            + "\"content-length\": 23\n"
            + "\"@signature-params\": (\"@status\" \"content-type\" \"content-digest\" \"content-length\");created=1618884473;keyid=\"test-key-ecc-p256\"";
    String built =
        SignatureBase.of(
            testResponse(),
            SignatureFields.covered(
                List.of("@status", "content-type", "content-digest", "content-length"),
                params("test-key-ecc-p256")));
    assertThat(built).isEqualTo(expected);

    SignatureFields.Received received =
        SignatureFields.parse(
            "sig-b24=(\"@status\" \"content-type\" \"content-digest\" \"content-length\");created=1618884473;keyid=\"test-key-ecc-p256\"",
            "sig-b24=:wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==:");
    String reparsed = SignatureBase.of(testResponse(), received.covered());
    assertThat(reparsed).isEqualTo(expected);
    PublicKey key = Pem.publicKey(ECC_PUBLIC, "test-key-ecc-p256");
    byte[] data = expected.getBytes(StandardCharsets.UTF_8);
    assertThat(
            Primitives.verify(
                SignatureAlgorithm.ECDSA_P256_SHA256, key, null, data, received.signature()))
        .isTrue();
    byte[] tampered = received.signature().clone();
    tampered[10] ^= 1;
    assertThat(Primitives.verify(SignatureAlgorithm.ECDSA_P256_SHA256, key, null, data, tampered))
        .isFalse();
  }

  @Test
  void reproducesB25SignatureBaseAndHmacSignatureExactly() {
    String expected =
        "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
            + "\"@authority\": example.com\n"
            + "\"content-type\": application/json\n"
            + "\"@signature-params\": (\"date\" \"@authority\" \"content-type\");created=1618884473;keyid=\"test-shared-secret\"";
    String built =
        SignatureBase.of(
            testRequest(),
            SignatureFields.covered(
                List.of("date", "@authority", "content-type"), params("test-shared-secret")));
    assertThat(built).isEqualTo(expected);

    byte[] signature =
        Signer.hmacSha256(Base64.getDecoder().decode(SHARED_SECRET), "test-shared-secret")
            .sign(built.getBytes(StandardCharsets.UTF_8));
    assertThat(SignatureFields.signatureField("sig-b25", signature))
        .isEqualTo("sig-b25=:pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=:");
  }

  @Test
  void reproducesB26SignatureBaseAndEd25519SignatureExactly() {
    String expected =
        "\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n"
            + "\"@method\": POST\n"
            + "\"@path\": /foo\n"
            + "\"@authority\": example.com\n"
            + "\"content-type\": application/json\n"
            + "\"content-length\": 18\n"
            + "\"@signature-params\": (\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
    String built =
        SignatureBase.of(
            testRequest(),
            SignatureFields.covered(
                List.of("date", "@method", "@path", "@authority", "content-type", "content-length"),
                params("test-key-ed25519")));
    assertThat(built).isEqualTo(expected);

    PrivateKey key = Pem.privateKey(ED25519_PRIVATE, null, "test-key-ed25519");
    byte[] data = built.getBytes(StandardCharsets.UTF_8);
    byte[] signature = Signer.of(key, SignatureAlgorithm.ED25519, "test-key-ed25519").sign(data);
    assertThat(SignatureFields.signatureField("sig-b26", signature))
        .isEqualTo(
            "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:");
    assertThat(
            Primitives.verify(
                SignatureAlgorithm.ED25519,
                Pem.publicKey(ED25519_PUBLIC, "pub"),
                null,
                data,
                signature))
        .isTrue();
  }

  @Test
  void computesRfc9530Sha256ContentDigest() {
    assertThat(ContentDigest.sha256(REQUEST_BODY))
        .isEqualTo("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
    ContentDigest.check("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", REQUEST_BODY);
    ContentDigest.check(testRequest().header("content-digest").orElseThrow(), REQUEST_BODY);
  }
}
