package vn.connector.population.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.Masking;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;

/**
 * Checks the final HTTP answer and reads its payload, and maps failures onto the core exception
 * tree: a SOAP fault or a non-zero lgsp-json {@code error_code} is the service saying no ({@link
 * ServiceException}); bytes that do not read are a {@link ResponseException}. National texts may
 * quote the request, so identifiers in them are masked.
 */
final class AnswerHandler {

  private static final Pattern TRAILING_DIGITS = Pattern.compile("[0-9]+$");

  private static final ErrorHint MALFORMED_REQUEST =
      new ErrorHint(
          "Hệ thống dân cư từ chối yêu cầu vì sai định dạng; kiểm tra cấu hình MaDVC, MaTichHop và phiên bản SDK.",
          "The population service refused the request as malformed; check MaDVC, MaTichHop and the SDK version.");

  private static final ErrorHint WRONG_URL =
      new ErrorHint(
          "Không có dịch vụ tại địa chỉ đã cấu hình: kiểm tra population.endpoint / lookupEndpoint, "
              + "verifyEndpoint, householdEndpoint (LGSP cấp một URL cho mỗi thao tác).",
          "No such service at the configured address: check the endpoint URL of the operation "
              + "(population.endpoint, or lookupEndpoint / verifyEndpoint / householdEndpoint when the LGSP "
              + "gives one URL per operation).");
  private static final ErrorHint BAD_REQUEST =
      new ErrorHint(
          "Cổng kết nối hoặc hệ thống dân cư từ chối yêu cầu vì sai định dạng; kiểm tra profile, MaDVC, "
              + "MaTichHop và phiên bản SDK.",
          "The gateway or the population service refused the request as malformed; check the profile, "
              + "MaDVC, MaTichHop and the SDK version.");
  private static final ErrorHint TOO_LARGE =
      new ErrorHint(
          "Cổng kết nối từ chối yêu cầu vì quá lớn; kiểm tra giới hạn kích thước của cổng.",
          "The gateway refused the request as too large; check the gateway's size limit.");
  private static final ErrorHint MEDIA_TYPE =
      new ErrorHint(
          "Cổng kết nối không nhận Content-Type của yêu cầu; kiểm tra profile (direct, lgsp-soap, lgsp-json) "
              + "khớp với cổng.",
          "The gateway refused the Content-Type of the request; check that the profile (direct, lgsp-soap, "
              + "lgsp-json) matches the gateway.");

  /** Gateways answer errors with whole HTML pages: keep enough to recognise one, not the page. */
  private static final int EXCERPT = 200;

  /** Only the head of a body is decoded, so a huge page costs no more than a short one. */
  private static final int HEAD_BYTES = 4096;

  private final Call call;
  private final boolean json;

  AnswerHandler(Call call, boolean json) {
    this.call = call;
    this.json = json;
  }

  /** The payload of a good answer, read by {@code payload} in the pass that checks the envelope. */
  <T> T read(HttpResponse response, SoapCodec.PayloadReader<T> payload) {
    int status = response.status();
    if (status != 200 && status != 500) {
      throw new ServiceException(
          call, status, null, excerpt(response.body()), false, hintFor(status));
    }
    try {
      SoapAnswer<T> answer =
          json
              ? SoapCodec.read(unwrap(response), payload)
              : SoapCodec.read(response.body(), payload);
      if (answer instanceof SoapAnswer.Fault<T> fault) {
        throw new ServiceException(
            call,
            status,
            fault.code(),
            Masking.identifiersIn(fault.text()),
            false,
            MALFORMED_REQUEST);
      }
      return ((SoapAnswer.Payload<T>) answer).value();
    } catch (AnswerFormatException e) {
      throw new ResponseException(
          call,
          "unreadable population answer: " + Masking.identifiersIn(e.getMessage()),
          status,
          e);
    }
  }

  /** The transport ends 401, 403, 429 and 502-504 itself, with core's hints; these reach us. */
  private static ErrorHint hintFor(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 404, 405 -> WRONG_URL;
      case 413 -> TOO_LARGE;
      case 415 -> MEDIA_TYPE;
      default -> null;
    };
  }

  /**
   * The start of an error body on one line, identifiers masked before it is cut so that no cut
   * leaves a run of digits too short to be recognised as one; null when there is no text.
   */
  static String excerpt(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    int head = Math.min(body.length, HEAD_BYTES);
    String text = new String(body, 0, head, StandardCharsets.UTF_8);
    if (head < body.length) {
      // The cut may split an identifier into a run too short to be masked: drop the run.
      text = TRAILING_DIGITS.matcher(text).replaceFirst("");
    }
    text = vn.connector.core.internal.Text.collapseSpaces(text, false).strip();
    if (text.isEmpty()) {
      return null;
    }
    String masked = Masking.identifiersIn(text);
    if (masked.length() <= EXCERPT) {
      return masked;
    }
    return masked.substring(
        0, Character.isHighSurrogate(masked.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT);
  }

  /** The SOAP envelope the lgsp-json wrapper carries as text. */
  private String unwrap(HttpResponse response) {
    JsonCodec.Wrapper wrapper = JsonCodec.unwrap(response.body());
    if (!wrapper.ok()) {
      throw new ServiceException(
          call,
          response.status(),
          wrapper.errorCode(),
          Masking.identifiersIn(wrapper.message()),
          false,
          null);
    }
    if (wrapper.message() == null) {
      throw new AnswerFormatException("the JSON answer has no message");
    }
    return wrapper.message();
  }
}
