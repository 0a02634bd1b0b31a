package vn.connector.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenbytes.http.sfv.InnerList;
import vn.connector.core.internal.Randoms;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.Signer;

/** Signs messages with exactly the components and parameters of security.md. */
public final class HttpMessageSigner {

  public static final List<String> REQUEST_WITH_BODY =
      List.of("@method", "@target-uri", "content-digest", "content-type", "x-request-id");
  public static final List<String> REQUEST_WITHOUT_BODY =
      List.of("@method", "@target-uri", "x-request-id");
  public static final List<String> RESPONSE =
      List.of("@status", "content-digest", "content-type", "x-request-id");

  /** 128-bit nonces, as the contract asks. */
  private static final int NONCE_BYTES = 16;

  private final Signer signer;
  private final Duration validity;
  private final Clock clock;

  /** Null: each thread's own strong generator ({@link Randoms}). */
  private final SecureRandom random;

  public HttpMessageSigner(Signer signer, Duration validity, Clock clock, SecureRandom random) {
    this.signer = signer;
    this.validity = validity;
    this.clock = clock;
    this.random = random;
  }

  public Signer signer() {
    return signer;
  }

  /**
   * The components a request must cover. A request counts as having a body when it has body bytes
   * or announces one with {@code Content-Type} or {@code Content-Digest}: judged on the body length
   * alone, a verifier would accept a signed POST whose body was stripped on the way, under the
   * shorter list that never compares the (now empty) body with the signed digest.
   */
  public static List<String> requestComponents(MessageParts request) {
    return hasBody(request) ? REQUEST_WITH_BODY : REQUEST_WITHOUT_BODY;
  }

  static boolean hasBody(MessageParts request) {
    return request.body().length > 0
        || request.header("content-type").isPresent()
        || request.header("content-digest").isPresent();
  }

  public Map<String, String> signRequest(MessageParts request) {
    require(request, "x-request-id");
    boolean body = hasBody(request);
    if (body) {
      require(request, "content-type");
    }
    long created = clock.instant().getEpochSecond();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("created", created);
    params.put("expires", created + validity.getSeconds());
    byte[] nonce = new byte[NONCE_BYTES];
    if (random == null) {
      Randoms.fill(nonce);
    } else {
      random.nextBytes(nonce);
    }
    params.put("nonce", Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
    return sign(request, requestComponents(request), params, body);
  }

  public Map<String, String> signResponse(MessageParts response) {
    require(response, "x-request-id");
    require(response, "content-type");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("created", clock.instant().getEpochSecond());
    return sign(response, RESPONSE, params, true);
  }

  private Map<String, String> sign(
      MessageParts message, List<String> components, Map<String, Object> params, boolean digest) {
    params.put("keyid", signer.keyId());
    params.put("alg", signer.algorithm().wireName());
    Map<String, String> added = new LinkedHashMap<>();
    if (digest) {
      added.put("Content-Digest", ContentDigest.sha256(message.body()));
    }
    InnerList covered = SignatureFields.covered(components, params);
    String base = SignatureBase.of(message.withHeaders(added), covered);
    byte[] signature = signer.sign(base.getBytes(StandardCharsets.UTF_8));
    added.put("Signature-Input", SignatureFields.LABEL + "=" + covered.serialize());
    added.put("Signature", SignatureFields.signatureField(SignatureFields.LABEL, signature));
    return added;
  }

  private static void require(MessageParts message, String header) {
    if (message.header(header).filter(v -> !v.isEmpty()).isEmpty()) {
      throw new IllegalArgumentException(header + ": header is required by the secured profile");
    }
  }
}
