package vn.connector.business.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.Json;

/**
 * The registry's refusals: the HTTP statuses the transport hands back (it has already dealt with
 * 401/403/429/5xx retries), with the gateway's own text ({@code Message}, or WSO2's {@code
 * fault.message}) kept and a hint where the cause is known. The one table of this system.
 */
public final class RegistryErrors {

  static final ErrorHint BAD_REQUEST =
      new ErrorHint(
          "Cổng đăng ký doanh nghiệp từ chối yêu cầu: kiểm tra mã số doanh nghiệp và tham số tìm kiếm.",
          "The business registry refused the request: check the enterprise code and search parameters.");
  static final ErrorHint NO_SUCH_API =
      new ErrorHint(
          "Cổng kết nối không có dịch vụ này: kiểm tra địa chỉ endpoint và cấu hình profile.",
          "The gateway has no such API: check the endpoint URL and the gateway profile.");
  static final ErrorHint REGISTRY_FAILED =
      new ErrorHint(
          "Hệ thống đăng ký doanh nghiệp gặp lỗi, vui lòng thử lại sau.",
          "The business registry failed; try again later.");

  private RegistryErrors() {}

  /**
   * Whether a 404 means "no such enterprise" (contract) rather than "no such API". Gateways answer
   * an unknown path with their own 404 body ({@code fault}, or a lowercase {@code message}); the
   * registry's 404 is empty or carries {@code Data}; an HTML page (nginx, WSO2 for a wrong path) is
   * the gateway's. Telling them apart keeps a misconfigured endpoint from looking like an empty
   * registry.
   */
  public static boolean meansNotFound(HttpResponse response) {
    if (response.status() != 404) {
      return false;
    }
    if (response.bodyLength() == 0) {
      return true;
    }
    try {
      JsonNode root = Json.mapper().readTree(response.body());
      return root == null
          || !root.isObject()
          || root.has("Data")
          || !(root.has("fault") || root.has("message"));
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  /** A non-success status other than 404-as-not-found. */
  public static ServiceException refusal(Call call, HttpResponse response) {
    int status = response.status();
    ErrorHint hint =
        status == 400
            ? BAD_REQUEST
            : status == 404 ? NO_SUCH_API : status >= 500 ? REGISTRY_FAILED : null;
    return new ServiceException(call, status, null, message(response), status >= 500, hint);
  }

  /** An answer the wire layer could not read. */
  public static ResponseException unreadable(
      Call call, HttpResponse response, RuntimeException cause) {
    return new ResponseException(
        call,
        "business registry answer unreadable: " + cause.getMessage(),
        response.status(),
        cause);
  }

  private static String message(HttpResponse response) {
    try {
      JsonNode root = Json.mapper().readTree(response.body());
      if (root == null || !root.isObject()) {
        return null;
      }
      JsonNode text =
          root.has("Message") ? root.get("Message") : root.path("fault").path("message");
      return text.isTextual() ? text.asText() : null;
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }
}
