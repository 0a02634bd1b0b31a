package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import vn.connector.core.AnswerClassifier;
import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

/**
 * The answer tables of the payment gateways, applied by the transport inside its retry loop: the
 * Payment Platform's MaLoi / error_code values and PayGov's error fields. The platform's code list
 * is not public: the codes with a meaning here are those the testkit simulator uses (modelled),
 * kept in this one place. An answer with no code at all is the handler's to read (a GET_BILL PDF)
 * or to refuse as unreadable. An HTTP error without a refusal code is a refusal with no code, never
 * handed to the readers.
 */
public final class PlatformAnswers {

  public static final String OK = "00";
  public static final String NOT_FOUND = "04";

  /** INIT's {@code error_code} shape says "0" where the MaLoi shape says "00". */
  static final String INIT_OK = "0";

  private static final AnswerTable PLATFORM_CODES =
      AnswerTable.builder()
          .code(PlatformAnswers::platformCode)
          .text(PlatformAnswers::platformText)
          .onCode(OK, Verdict.ok())
          .onCode(INIT_OK, Verdict.ok())
          .onCode(
              "01",
              Verdict.refuse(
                  new ErrorHint(
                      "Sai mã xác thực: kiểm tra mã đối tác và khóa bí mật",
                      "Checksum refused: check the partner code and the shared secret")))
          .onCode(
              "02",
              Verdict.refuse(
                  new ErrorHint(
                      "Mã tham chiếu đã được dùng cho giao dịch khác",
                      "The reference was already used by another payment")))
          .onCode(
              "03",
              Verdict.refuse(
                  new ErrorHint(
                      "Dữ liệu không hợp lệ", "The platform refused the data of the message")))
          .onCode(
              NOT_FOUND,
              Verdict.refuse(
                  new ErrorHint("Không tìm thấy giao dịch", "No payment with this reference")))
          .onCode(
              "05",
              Verdict.refuse(
                  new ErrorHint("Chưa có biên lai", "No receipt yet: the payment is not complete")))
          .otherwise(PlatformAnswers::unknownCode)
          .build();

  private static final AnswerTable PAYGOV_CODES =
      AnswerTable.builder()
          .code(PlatformAnswers::payGovCode)
          .text(r -> nonEmpty(first(Answers.json(r), "error_message", "message", "msg")))
          .otherwise(PlatformAnswers::unknownCode)
          .build();

  /** The classifier of the Payment Platform's INIT, QUERY and GET_BILL. */
  public static final AnswerClassifier PLATFORM = r -> onlyOnSuccess(r, PLATFORM_CODES.classify(r));

  /** The classifier of PayGov's payment request. */
  public static final AnswerClassifier PAYGOV = r -> onlyOnSuccess(r, PAYGOV_CODES.classify(r));

  private PlatformAnswers() {}

  /** A refusal with its code stands whatever the status; an HTTP error is never the handler's. */
  private static Verdict onlyOnSuccess(HttpResponse response, Verdict verdict) {
    if (verdict.isSuccess() && !response.isSuccess()) {
      return Verdict.refuse(null, null, null);
    }
    return verdict;
  }

  /** A code no rule knows is a refusal with that code; no code is for the handler to read. */
  private static Verdict unknownCode(Optional<String> code, Optional<String> text) {
    return code.isPresent() ? Verdict.refuse(code.get(), text.orElse(""), null) : Verdict.ok();
  }

  /** MaLoi, or INIT's {@code error_code} in its other shape. */
  private static Optional<String> platformCode(HttpResponse response) {
    JsonNode answer = Answers.json(response);
    Optional<String> maLoi = Answers.stringOrNumber(answer, "MaLoi");
    return maLoi.isPresent() ? maLoi : Answers.stringOrNumber(answer, "error_code");
  }

  private static Optional<String> platformText(HttpResponse response) {
    JsonNode answer = Answers.json(response);
    return nonEmpty(
        answer.has("MaLoi")
            ? answer.path("MoTaLoi").asText("")
            : answer.path("message").asText(""));
  }

  /** No code while {@code data.url} is there; "?" for an error message without a code. */
  private static Optional<String> payGovCode(HttpResponse response) {
    JsonNode answer = Answers.json(response);
    if (!answer.path("data").path("url").asText("").isEmpty()) {
      return Optional.empty();
    }
    String code = first(answer, "error_code", "errorCode", "code");
    if (code.isEmpty() && !first(answer, "error_message", "message", "msg").isEmpty()) {
      return Optional.of("?");
    }
    return nonEmpty(code);
  }

  static String first(JsonNode node, String... fields) {
    for (String f : fields) {
      String v = node.path(f).asText("");
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  private static Optional<String> nonEmpty(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
