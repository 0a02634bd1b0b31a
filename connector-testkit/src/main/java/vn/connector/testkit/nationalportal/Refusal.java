package vn.connector.testkit.nationalportal;

/**
 * A refusal as the national portal words it: the modelled code of national-portal.md ({@code "3"}
 * exists, {@code "4"} unknown MaTTHC, {@code "5"} malformed MaHoSo, {@code "6"} missing field,
 * {@code "-1"} expired session, {@code "1"} a request the portal cannot read) and its text.
 */
record Refusal(String code, String message) {

  static final String EXISTS = "3";
  static final String UNKNOWN_PROCEDURE = "4";
  static final String MALFORMED_CODE = "5";
  static final String MISSING_FIELD = "6";
  static final String SESSION_EXPIRED = "-1";
  static final String BAD_REQUEST = "1";

  static Refusal missing(String field) {
    return new Refusal(MISSING_FIELD, "Thiếu thông tin bắt buộc: " + field);
  }

  static Refusal invalid(String field, String why) {
    return new Refusal(MISSING_FIELD, "Trường " + field + " không hợp lệ: " + why);
  }
}
