package vn.connector.core.security;

import java.time.Instant;
import java.util.Objects;
import vn.connector.core.security.internal.EvidenceKey;

/**
 * What a dossier needs to prove later what was asked and what the national system answered (bằng
 * chứng giao dịch): request id, time, system, operation, keyed digests of both bodies, the
 * signatures and the verification outcome. It holds no personal data beyond the digests, so it can
 * be stored with the dossier.
 *
 * <p>The digests are HMAC-SHA256 under the deployment's evidence key ({@code security.evidenceKey},
 * 32 bytes or more, base64), not plain hashes: a request body holds little more than a citizen ID,
 * and an unkeyed SHA-256 of it is reversed by trying every ID (12,346 tries took 177 ms). Whoever
 * holds the key, and the bodies the portal kept, recomputes a digest with {@link #digestOf}. Keep
 * the key with the portal's other secrets and keep it as long as the evidence.
 *
 * @param requestId the call's request id
 * @param at when the response was checked
 * @param system the national system
 * @param operation the operation
 * @param requestDigest base64 HMAC-SHA256 (evidence key) of the request body as sent
 * @param responseDigest base64 HMAC-SHA256 (evidence key) of the response body as received
 * @param status the HTTP status of the response
 * @param requestSignature this side's signature (Signature field, or WS-Security SignatureValue);
 *     may be empty
 * @param responseSignature the other side's signature as received; may be empty
 * @param verification the outcome of checking the response
 */
public record EvidenceRecord(
    String requestId,
    Instant at,
    String system,
    String operation,
    String requestDigest,
    String responseDigest,
    int status,
    String requestSignature,
    String responseSignature,
    SignatureVerification verification) {

  public EvidenceRecord {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(verification, "verification");
    requestSignature = requestSignature == null ? "" : requestSignature;
    responseSignature = responseSignature == null ? "" : responseSignature;
  }

  /**
   * The digest an evidence record holds for {@code body} under {@code evidenceKey} (base64 of the
   * key bytes): base64 HMAC-SHA256.
   *
   * <pre>{@code
   * boolean same = EvidenceRecord.digestOf(keptRequestBody, evidenceKey).equals(record.requestDigest());
   * }</pre>
   */
  public static String digestOf(byte[] body, vn.connector.core.Secret evidenceKey) {
    return EvidenceKey.of(evidenceKey).digest(java.util.Objects.requireNonNull(body, "body"));
  }
}
