package vn.connector.testkit.payment;

/** The two INIT answer shapes real platform deployments give; the SDK must read both. */
public enum AnswerShape {
  /** {@code {"MaLoi":"00","MoTaLoi":"…","UrlThanhToan":"…"}}. */
  MA_LOI,
  /**
   * {@code {"error_code":"0","message":"{\"UrlThanhToan\":\"…\"}"}}: the message is a JSON string.
   */
  ERROR_CODE
}
