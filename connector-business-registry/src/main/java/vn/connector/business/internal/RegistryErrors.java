package vn.connector.business.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import vn.connector.core.AnswerClassifier;
import vn.connector.core.AnswerTable;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.Verdict;
import vn.connector.core.internal.Json;

/**
 * The registry's answer table: it answers with HTTP statuses, not national codes, so its table is
 * one of statuses (the transport has already dealt with 401/403 and the 429/502/503/504 retries),
 * with the gateway's own text ({@code Message}, or WSO2's {@code fault.message}) kept and a hint
 * where the cause is known. One rule reads the body: a 404 is "no such enterprise" or "no such API"
 * by what it carries ({@link #meansNotFound}).
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

  private static final AnswerTable STATUSES =
      AnswerTable.builder()
          .text(RegistryErrors::message)
          .onStatus(200, Verdict.ok())
          .onStatus(400, Verdict.refuse(BAD_REQUEST))
          .onStatus(404, Verdict.refuse(NO_SUCH_API))
          .onStatus(500, Verdict.refuse(REGISTRY_FAILED))
          .otherwise((code, text) -> Verdict.refuse(null, text.orElse(null), null))
          .build();

  /**
   * The classifier of every registry call. A 500 is a refusal that is not retried, and says so
   * ({@code isRetryable()} false): the registry failed on this request.
   */
  public static final AnswerClassifier TABLE =
      response ->
          response.isSuccess() || meansNotFound(response)
              ? Verdict.ok()
              : STATUSES.classify(response);

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

  /** An answer the wire layer could not read. */
  public static ResponseException unreadable(
      Call call, HttpResponse response, RuntimeException cause) {
    return new ResponseException(
        call,
        "business registry answer unreadable: " + cause.getMessage(),
        response.status(),
        cause);
  }

  private static Optional<String> message(HttpResponse response) {
    try {
      JsonNode root = Json.mapper().readTree(response.body());
      if (root == null || !root.isObject()) {
        return Optional.empty();
      }
      JsonNode text =
          root.has("Message") ? root.get("Message") : root.path("fault").path("message");
      return text.isTextual() ? Optional.of(text.asText()) : Optional.empty();
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
  }
}
