package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * RFC 9421 ecdsa-p256-sha256 by hand, through JCA with the BouncyCastle provider (the fastest for
 * P-256 on JDK 17, as benchmarks/results/security-signatures.txt shows, so the baseline is not
 * slowed by SunEC): signs a GET as security.md specifies and verifies a signed answer (algorithm,
 * key id, created window, request id echo, Content-Digest, signature) before it is parsed.
 */
final class HttpSignatures {

  private static final Provider BC = new BouncyCastleProvider();
  private static final String ALG = "ecdsa-p256-sha256";
  private static final long SKEW = 300;

  private final PrivateKey key;
  private final String keyId;
  private final PublicKey peer;
  private final String peerKeyId;
  private final SecureRandom random = new SecureRandom();

  HttpSignatures(PrivateKey key, String keyId, PublicKey peer, String peerKeyId) {
    this.key = key;
    this.keyId = keyId;
    this.peer = peer;
    this.peerKeyId = peerKeyId;
  }

  static HttpSignatures forStub(Stub stub) {
    return new HttpSignatures(
        stub.pki().agency().privateKey(),
        stub.pki().agency().keyId(),
        stub.pki().national().certificate().getPublicKey(),
        stub.pki().national().keyId());
  }

  void signGet(ClassicHttpRequest request, URI uri, String requestId) throws IOException {
    long created = System.currentTimeMillis() / 1000;
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String params =
        "(\"@method\" \"@target-uri\" \"x-request-id\");created="
            + created
            + ";expires="
            + (created + 300)
            + ";nonce=\""
            + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)
            + "\";keyid=\""
            + keyId
            + "\";alg=\""
            + ALG
            + "\"";
    String base =
        "\"@method\": GET\n\"@target-uri\": "
            + uri
            + "\n\"x-request-id\": "
            + requestId
            + "\n\"@signature-params\": "
            + params;
    request.setHeader("Signature-Input", "sig1=" + params);
    request.setHeader("Signature", "sig1=:" + sign(base) + ":");
  }

  /** Throws unless the answer is signed by the pinned peer key over exactly these bytes. */
  void verifyResponse(ClassicHttpResponse response, byte[] body, String requestId)
      throws IOException {
    String input = header(response, "Signature-Input");
    String signature = header(response, "Signature");
    if (!input.startsWith("sig1=(") || !signature.startsWith("sig1=:")) {
      throw new IOException("signature: label sig1 missing");
    }
    String params = input.substring(5);
    if (!params.startsWith("(\"@status\" \"content-digest\" \"content-type\" \"x-request-id\");")) {
      throw new IOException("signature: covered components");
    }
    if (!ALG.equals(param(params, "alg")) || !peerKeyId.equals(param(params, "keyid"))) {
      throw new IOException("signature: algorithm or key id not allowed");
    }
    long created = Long.parseLong(param(params, "created"));
    if (Math.abs(System.currentTimeMillis() / 1000 - created) > SKEW) {
      throw new IOException("signature: created outside the allowed skew");
    }
    if (!requestId.equals(header(response, "X-Request-Id"))) {
      throw new IOException("signature: x-request-id is not the request's");
    }
    String digest = header(response, "Content-Digest");
    if (!digest.equals(contentDigest(body))) {
      throw new IOException("signature: content-digest mismatch");
    }
    String base =
        "\"@status\": "
            + response.getCode()
            + "\n\"content-digest\": "
            + digest
            + "\n\"content-type\": "
            + header(response, "Content-Type")
            + "\n\"x-request-id\": "
            + requestId
            + "\n\"@signature-params\": "
            + params;
    String value = signature.substring(6, signature.length() - 1);
    if (!verify(base, Base64.getDecoder().decode(value))) {
      throw new IOException("signature: does not verify");
    }
  }

  static String contentDigest(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "sha-256=:" + Base64.getEncoder().encodeToString(d) + ":";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String sign(String base) throws IOException {
    try {
      Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
      s.initSign(key, random);
      s.update(base.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private boolean verify(String base, byte[] value) throws IOException {
    try {
      Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
      s.initVerify(peer);
      s.update(base.getBytes(StandardCharsets.UTF_8));
      return s.verify(value);
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private static String header(ClassicHttpResponse response, String name) throws IOException {
    Header h = response.getFirstHeader(name);
    if (h == null) {
      throw new IOException("signature: " + name + " missing");
    }
    return h.getValue();
  }

  /** A parameter of a signature-params inner list: {@code ;name=value} or {@code ;name="value"}. */
  private static String param(String params, String name) throws IOException {
    int at = params.indexOf(";" + name + "=");
    if (at < 0) {
      throw new IOException("signature: " + name + " missing");
    }
    int start = at + name.length() + 2;
    if (params.charAt(start) == '"') {
      return params.substring(start + 1, params.indexOf('"', start + 1));
    }
    int end = params.indexOf(';', start);
    return params.substring(start, end < 0 ? params.length() : end);
  }
}
