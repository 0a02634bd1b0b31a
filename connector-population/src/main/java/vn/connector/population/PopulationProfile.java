package vn.connector.population;

/**
 * How the portal reaches the population database. The three ways seen in use; choose the one your
 * province's integration platform offers.
 */
public enum PopulationProfile {
  /**
   * Straight to C06: the SOAP envelope posted as {@code application/xml; charset=utf-8} with {@code
   * SOAPAction: ""} and {@code c06-signed-basic} auth ({@code Auth.c06SignedBasic}). The request
   * also carries the unit (MaDonVi), officer account (TaiKhoan) and phone (SoDienThoai).
   */
  DIRECT,
  /**
   * Through the LGSP, the same SOAP envelope, one URL per operation, bearer + lgspaccesstoken auth.
   */
  LGSP_SOAP,
  /**
   * Through the LGSP's JSON façade: a flat JSON request, and an answer {@code {"error_code",
   * "message"}} whose message is the SOAP answer envelope as a string.
   */
  LGSP_JSON
}
