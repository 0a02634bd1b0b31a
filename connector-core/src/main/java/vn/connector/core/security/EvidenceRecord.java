package vn.connector.core.security;

import java.time.Instant;
import java.util.Objects;

/**
 * What a dossier needs to prove later what was asked and what the national system answered (bằng
 * chứng giao dịch): request id, time, system, operation, SHA-256 digests of both bodies, the
 * signatures and the verification outcome. It holds no personal data beyond the digests, so it can
 * be stored with the dossier.
 *
 * @param requestId the call's request id
 * @param at when the response was checked
 * @param system the national system
 * @param operation the operation
 * @param requestDigest base64 SHA-256 of the request body as sent
 * @param responseDigest base64 SHA-256 of the response body as received
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
    Verification verification) {

  public EvidenceRecord {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(verification, "verification");
    requestSignature = requestSignature == null ? "" : requestSignature;
    responseSignature = responseSignature == null ? "" : responseSignature;
  }
}
