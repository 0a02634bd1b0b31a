package vn.connector.testkit.security;

/** How a {@link SecuredProfile} misbehaves on one response, to test the portal's verifier. */
public enum SecurityFault {
  /** The signature bytes are flipped after signing. */
  BAD_SIGNATURE,
  /**
   * Signed with a key that is not the national side's, under the national side's key id / token.
   */
  WRONG_KEY,
  /**
   * Signed by another agency (another province's portal) whose certificate the same root CA issued,
   * under its own token / key id: the chain holds, the signer is not the national side.
   */
  OTHER_AGENCY_SIGNER,
  /** The previous signed response is sent again, answering another request id. */
  REPLAYED_RESPONSE,
  /** Signed with {@code created} ten minutes in the past. */
  STALE_CREATED,
  /** The body is changed after the signature was made. */
  BODY_CHANGED_AFTER_SIGNING,
  /**
   * SOAP only: the signed Body is moved into a header wrapper and a forged Body takes its place.
   */
  WRAPPED_SOAP_BODY
}
