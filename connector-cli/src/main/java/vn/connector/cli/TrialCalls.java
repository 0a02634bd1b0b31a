package vn.connector.cli;

import vn.connector.business.BusinessRegistryClient;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ConnectorException;
import vn.connector.core.Money;
import vn.connector.core.RetryPolicy;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.postal.PostalClient;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.PriceQuery;

/**
 * The one harmless call per system, through the connector's own client built from the same
 * configuration (so its auth, session and answer table are exercised): the national portal's
 * procedure catalogue, a postal price, a business-register search by name. Systems whose every
 * operation reads personal data or moves money get none; the token fetch is their check.
 */
final class TrialCalls {

  /** A word in the names of many enterprises; the count it gives does not matter. */
  private static final String SEARCH_TEXT = "Công ty";

  private TrialCalls() {}

  static Finding run(ConnectorConfig config, String s) {
    try {
      switch (s) {
        case "national-portal":
          return portal(config);
        case "postal":
          return postal(config);
        case "business":
          return business(config);
        default:
          return Finding.skip(s, Checks.TRIAL_CALL, none(s));
      }
    } catch (UnsupportedOperationException e) {
      return Finding.skip(s, Checks.TRIAL_CALL, none(s));
    } catch (ConnectorException e) {
      return Finding.fail(
          s,
          Checks.TRIAL_CALL,
          Text.same(Problems.describe(e)),
          Text.of(
              "Xem mã lỗi và gợi ý ở trên; kiểm tra tài khoản và URL của hệ thống",
              "See the code and hint above; check the system's account and URLs"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Finding.fail(
          s,
          Checks.TRIAL_CALL,
          Text.same(Problems.describe(e)),
          Text.of("Sửa khóa cấu hình được nêu", "Fix the configuration key named"));
    }
  }

  private static Finding portal(ConnectorConfig config) {
    try (NationalPortalClient client =
        NationalPortalClient.builder()
            .configure(config)
            .retryPolicy(RetryPolicy.none())
            .auditListener(event -> {})
            .build()) {
      int count = client.procedures().size();
      return Finding.ok(
          "national-portal",
          Checks.TRIAL_CALL,
          Text.of(
              "danh mục thủ tục (LayDanhSachTTHC): " + count + " thủ tục",
              "procedure catalogue (LayDanhSachTTHC): " + count + " procedures"));
    }
  }

  private static Finding business(ConnectorConfig config) {
    // A search by name reads the public register only: no dossier, no personal data.
    try (BusinessRegistryClient client =
        BusinessRegistryClient.builder()
            .configure(config)
            .retryPolicy(RetryPolicy.none())
            .auditListener(event -> {})
            .build()) {
      long total = client.search(SEARCH_TEXT, 1).total();
      return Finding.ok(
          "business",
          Checks.TRIAL_CALL,
          Text.of(
              "tìm theo tên (timKiemDoanhNghiep) \""
                  + SEARCH_TEXT
                  + "\": "
                  + total
                  + " doanh nghiệp",
              "search by name (timKiemDoanhNghiep) \""
                  + SEARCH_TEXT
                  + "\": "
                  + total
                  + " enterprises"));
    }
  }

  private static Finding postal(ConnectorConfig config) {
    // 500 g within Thành phố Bắc Giang: a price quote creates nothing at VNPost.
    Location here =
        Location.before2025July(
            AdministrativeUnitCode.parse("24"), AdministrativeUnitCode.parse("213"));
    try (PostalClient client =
        PostalClient.builder()
            .configure(config)
            .retryPolicy(RetryPolicy.none())
            .auditListener(event -> {})
            .build()) {
      Money price = client.price(new PriceQuery(500, here, here, false));
      return Finding.ok(
          "postal",
          Checks.TRIAL_CALL,
          Text.of("báo giá bưu gửi 500 g: " + price, "price of a 500 g parcel: " + price));
    }
  }

  private static Text none(String s) {
    switch (s) {
      case "population":
        return Text.of(
            "không có: mọi lệnh đều đọc dữ liệu cá nhân",
            "none: every operation reads personal data");
      case "payment":
        return Text.of(
            "không có: mọi lệnh đều tạo hoặc đọc giao dịch",
            "none: every message starts or reads a transaction");
      case "business":
        return Text.of(
            "hồ sơ PROVINCIAL_LGSP không có tìm kiếm (chỉ kiểm tra token)",
            "the PROVINCIAL_LGSP profile has no search (token check only)");
      default:
        return Text.of("không có lệnh gọi thử cho hệ thống này", "none for this system");
    }
  }
}
