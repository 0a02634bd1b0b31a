package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

/**
 * The system's answer tables, in one place (criminal-record.md). Submission answers are plain text
 * classified by phrase, or a JSON refusal {@code {status, statusDescription, errorCode,
 * errorDescription}}; the status call answers {@code status} 1; result reports answer {@code
 * {statusCode, data, errorDetail}}. An answer without any code that matches nothing is left to the
 * handler, which refuses to read what is not the contracted shape (a {@code ResponseException}).
 */
public final class LltpAnswers {

  static final ErrorHint REFUSED =
      new ErrorHint(
          "Hệ thống lý lịch tư pháp từ chối yêu cầu: xem mã và nội dung lỗi.",
          "The criminal-record system refused the request: see its code and text.");
  static final ErrorHint UNKNOWN_TEXT =
      new ErrorHint(
          "Hệ thống trả lời bằng một câu không có trong bảng câu trả lời thành công.",
          "The system answered with a text that is none of its success phrases.");

  /** Submit: the two success phrases; any other answer is a refusal, with its code if JSON. */
  public static final AnswerTable SUBMIT =
      AnswerTable.builder()
          .text(LltpAnswers::submitText)
          .code(LltpAnswers::submitCode)
          .onPhrase("gửi thông tin thành công", Verdict.ok())
          .onPhrase(
              "đã được tiếp nhận, không thể cập nhật thông tin",
              Verdict.alreadyDone("đã được tiếp nhận"))
          .otherwise(
              (code, text) ->
                  Verdict.refuse(
                      code.orElse(null),
                      text.orElse(null),
                      code.isPresent() ? REFUSED : UNKNOWN_TEXT))
          .build();

  /** Status: {@code status} 1 is an answer to read; another status a refusal. */
  public static final AnswerTable STATUS =
      AnswerTable.builder()
          .code(r -> field(r, "status"))
          .text(r -> field(r, "statusDescription"))
          .onCode("1", Verdict.ok())
          .otherwise(LltpAnswers::refuseWhenCoded)
          .build();

  /**
   * traKetQuaHoSoLLTP: {@code 00} done; {@code 01} refused, except "không thể cập nhật lên trạng
   * thái" (already in that state: done); {@code 03} "yêu cầu bị gián đoạn" transient, retried.
   */
  public static final AnswerTable REPORT =
      AnswerTable.builder()
          .code(r -> field(r, "statusCode"))
          .text(r -> joined(r, "errorDetail", "data"))
          .on(
              "01",
              "không thể cập nhật lên trạng thái",
              Verdict.alreadyDone("already in that state"))
          .onCode("00", Verdict.ok())
          .onCode("03", Verdict.retry("yêu cầu bị gián đoạn"))
          .otherwise(LltpAnswers::refuseWhenCoded)
          .build();

  private LltpAnswers() {}

  /**
   * The body as JSON, or empty when it is not JSON. A submission's plain-text answer ("Gửi thông
   * tin thành công") is told apart by its first character, not by a parse failing three times per
   * answer with an exception each (issue 16): only an object, an array or a string is read.
   */
  public static Optional<JsonNode> json(HttpResponse r) {
    return r.bodyLength() == 0 ? Optional.empty() : json(r, r.bodyAsString());
  }

  /**
   * {@link #json(HttpResponse)} with the body's text already decoded: each reader of an answer
   * decodes it once (a submission's answer was decoded four times, its charset looked up each
   * time).
   */
  private static Optional<JsonNode> json(HttpResponse r, String body) {
    if (r.bodyLength() == 0 || !startsLikeJson(body)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Answers.json(r));
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private static boolean startsLikeJson(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[' || c == '"';
      }
    }
    return false;
  }

  private static Verdict refuseWhenCoded(Optional<String> code, Optional<String> text) {
    return code.isPresent() ? Verdict.refuse(code.get(), text.orElse(null), REFUSED) : Verdict.ok();
  }

  /** A top-level field as text, whether it came as a string or a number. */
  static Optional<String> field(HttpResponse r, String name) {
    return field(json(r), name);
  }

  private static Optional<String> field(Optional<JsonNode> answer, String name) {
    return answer.filter(JsonNode::isObject).flatMap(n -> Answers.stringOrNumber(n, name));
  }

  /** {@code errorCode}, else {@code status}, of a JSON object answer. */
  private static Optional<String> submitCode(HttpResponse r) {
    Optional<JsonNode> answer = json(r);
    return field(answer, "errorCode").or(() -> field(answer, "status"));
  }

  private static Optional<String> submitText(HttpResponse r) {
    String body = r.bodyAsString();
    Optional<JsonNode> node = json(r, body);
    if (node.isPresent() && node.get().isTextual()) {
      return Optional.of(node.get().asText());
    }
    if (node.isPresent() && node.get().isObject()) {
      return joined(node, "errorDescription", "statusDescription");
    }
    return Optional.of(body);
  }

  private static Optional<String> joined(HttpResponse r, String first, String second) {
    return joined(json(r), first, second);
  }

  private static Optional<String> joined(Optional<JsonNode> answer, String first, String second) {
    String both =
        (field(answer, first).orElse("") + " " + field(answer, second).orElse("")).strip();
    return both.isEmpty() ? Optional.empty() : Optional.of(both);
  }
}
