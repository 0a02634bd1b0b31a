package vn.connector.postal;

/**
 * How the portal reaches VNPost: where the operation name goes. The auth scheme is set apart with
 * {@link PostalClientBuilder#auth}: {@code Auth.tokenTypeHeader} or {@code Auth.accessTokenHeader}
 * for the VNPost API, {@code Auth.oauth2ClientCredentials} (bearer) for the LGSP.
 */
public enum PostalProfile {
  /** VNPost's API through NGSP: the operation is the last path segment ({@code …/orderpost}). */
  VNPOST_API,
  /** The province's LGSP: one URL, the operation a query parameter ({@code ?service=orderpost}). */
  LGSP
}
