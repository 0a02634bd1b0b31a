package vn.connector.population.internal;

import java.util.Objects;

/**
 * The request fields that come from the client's configuration rather than from the call.
 *
 * @param serviceCode MaDVC, the code of the requesting system
 * @param integrationCode MaTichHop, issued to the portal
 * @param officerAccount TaiKhoan (direct profile); null to send the officer id of the call context
 * @param officerPhone SoDienThoai (direct profile); "0" when unknown, as the clients seen send
 * @param direct whether MaDonVi/TaiKhoan/SoDienThoai are sent (direct profile only)
 */
public record RequestFields(
    String serviceCode,
    String integrationCode,
    String officerAccount,
    String officerPhone,
    boolean direct) {

  public RequestFields {
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(integrationCode, "integrationCode");
    officerPhone = officerPhone == null ? "0" : officerPhone;
  }
}
