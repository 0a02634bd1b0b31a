package vn.connector.cli;

/** The names of the doctor's checks, in both languages, as the table prints them. */
final class Checks {

  static final Text CONFIG = Text.of("Đọc cấu hình", "Read the configuration");
  static final Text KEY_STORE = Text.of("Đọc kho khóa", "Read the key store");
  static final Text EXPIRY = Text.of("Hạn chứng chỉ", "Certificate expiry");
  static final Text ANCHOR_EXPIRY = Text.of("Hạn CA tin cậy", "Trust anchor expiry");
  static final Text KEY_USAGE = Text.of("Mục đích khóa", "Key usage");
  static final Text CHAIN = Text.of("Chuỗi chứng chỉ tới CA tin cậy", "Chain to the trust anchors");
  static final Text DNS = Text.of("Phân giải tên miền", "DNS resolution");
  static final Text TLS = Text.of("Kết nối TLS", "TLS connection");
  static final Text SERVER_EXPIRY = Text.of("Hạn chứng chỉ máy chủ", "Server certificate expiry");
  static final Text CLOCK = Text.of("Đồng hồ so với cổng", "Clock against the gateway");
  static final Text TOKEN = Text.of("Lấy token", "Token fetch");
  static final Text TRIAL_CALL = Text.of("Lệnh gọi thử", "Harmless call");

  private Checks() {}
}
