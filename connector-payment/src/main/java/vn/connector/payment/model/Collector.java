package vn.connector.payment.model;

import java.util.Objects;
import vn.connector.core.AgencyCode;

/**
 * The agency collecting the fee and the account it is paid into (MaDonVi/TenDonVi,
 * TKThuHuong/MaNHThuHuong/TenTKThuHuong).
 *
 * @param agency mã đơn vị
 * @param agencyName tên đơn vị
 * @param account tài khoản thụ hưởng
 * @param bankCode mã ngân hàng thụ hưởng
 * @param accountName tên tài khoản thụ hưởng
 */
public record Collector(
    AgencyCode agency, String agencyName, String account, String bankCode, String accountName) {

  public Collector {
    Objects.requireNonNull(agency, "collector.agency");
    agencyName = Text.required(agencyName, "collector.agencyName");
    account = Text.required(account, "collector.account");
    bankCode = Text.required(bankCode, "collector.bankCode");
    accountName = Text.required(accountName, "collector.accountName");
  }
}
