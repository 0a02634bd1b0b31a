package vn.connector.business;

/**
 * How the registry is exposed by the gateway the portal calls. Each profile has its own request
 * form and, for {@link #PROVINCIAL_LGSP}, its own answer shape; all map onto the same {@link
 * vn.connector.business.model.Enterprise}.
 */
public enum GatewayProfile {

  /**
   * The national platform (NGSP/NDXP): {@code GET
   * {endpoint}/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=…}. The endpoint is the gateway's base URL.
   * The default.
   */
  NGSP,

  /**
   * A provincial LGSP exposing the registry through its generic adapter: {@code GET
   * {endpoint}?category=chiTietDoanhNghiep&version=1.1&msdn=…}. The endpoint is the adapter's full
   * URL. Search goes as {@code category=timKiemDoanhNghiep} (modelled).
   */
  LGSP_ADAPTER,

  /**
   * The provincial LGSP variant seen in Thanh Hóa (apiDKKD): {@code GET
   * {endpoint}/apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=…}, answering in the {@code GetEntCert}
   * shape. Offers no search by name.
   */
  PROVINCIAL_LGSP
}
