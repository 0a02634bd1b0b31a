package vn.connector.core.internal;

import vn.connector.core.ErrorHint;

/**
 * Hints for refusals every system shares (HTTP level); system-specific tables live in each
 * connector.
 */
public final class Hints {

  public static final ErrorHint TOKEN_REFUSED =
      new ErrorHint(
          "Cổng tích hợp từ chối cấp token: kiểm tra consumer key/secret.",
          "The gateway refused to issue a token: check the consumer key and secret.");
  public static final ErrorHint SESSION_REFUSED =
      new ErrorHint(
          "Phiên làm việc hết hạn và không gia hạn được: kiểm tra tài khoản kết nối.",
          "The session expired and could not be renewed: check the connection account.");
  public static final ErrorHint UNAUTHORIZED =
      new ErrorHint(
          "Hệ thống từ chối xác thực: kiểm tra tài khoản, khóa bí mật, ApiKey và đồng hồ máy chủ.",
          "The system refused the credentials: check account, secret, API key and the server clock.");
  public static final ErrorHint FORBIDDEN =
      new ErrorHint(
          "Tài khoản chưa được cấp quyền gọi dịch vụ này.",
          "The account is not authorised for this service.");
  public static final ErrorHint BUSY =
      new ErrorHint(
          "Hệ thống quốc gia đang quá tải, vui lòng thử lại sau.",
          "The national system is overloaded; try again later.");
  public static final ErrorHint GATEWAY =
      new ErrorHint(
          "Cổng kết nối không nhận được trả lời từ hệ thống quốc gia.",
          "The gateway got no answer from the national system.");

  private static final int EXCERPT = 200;

  private Hints() {}

  /** When the service asks for a longer wait than the policy allows. */
  public static ErrorHint retryAfterTooLong(java.time.Duration asked, java.time.Duration limit) {
    return new ErrorHint(
        "Hệ thống yêu cầu chờ "
            + asked.toSeconds()
            + " giây, vượt giới hạn maxRetryAfter "
            + limit.toSeconds()
            + " giây; thử lại sau.",
        "The service asked to wait "
            + asked.toSeconds()
            + " s, longer than maxRetryAfter "
            + limit.toSeconds()
            + " s; try again later or raise RetryPolicy.maxRetryAfter.");
  }

  /**
   * The start of a refusal's body, white space collapsed, for the exception message: what a gateway
   * says ("stale Timestamp", a WSO2 fault) is what the developer needs. Exception messages mask
   * identifiers in it.
   */
  private static final String UNVERIFIED =
      vn.connector.core.security.internal.Exchanges.UNVERIFIED_HEADER;

  public static String excerpt(vn.connector.core.HttpResponse response) {
    if (response.bodyLength() == 0) {
      return null;
    }
    String cut = Text.excerpt(response.bodyAsString(), EXCERPT);
    // Under the secured profile an unsigned gateway answer is let through for retry logic only: its
    // text may come from anyone on the path, so it is never shown as the national system's word.
    return response.header(UNVERIFIED).isPresent() ? "unverified, unsigned: " + cut : cut;
  }

  /** The hint for an HTTP status the transport ends a call with, or null. */
  public static ErrorHint forStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 429, 503 -> BUSY;
      case 502, 504 -> GATEWAY;
      default -> null;
    };
  }

  /**
   * Throws the refusal for an answer that is not 2xx, the way the transport ends a call: the body's
   * excerpt as message, a 5xx retryable, the shared hint for the status. For calls that read every
   * answer themselves (civil registry, postal).
   */
  public static void requireSuccess(
      vn.connector.core.Call call, vn.connector.core.HttpResponse response) {
    if (!response.isSuccess()) {
      throw new vn.connector.core.ServiceException(
          call,
          response.status(),
          null,
          excerpt(response),
          response.status() >= 500,
          forStatus(response.status()));
    }
  }
}
