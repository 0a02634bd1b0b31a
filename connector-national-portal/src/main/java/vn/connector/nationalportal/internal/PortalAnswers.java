package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import vn.connector.core.Answer;
import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.Verdict;
import vn.connector.core.internal.Json;

/**
 * What the national portal's answers mean, as data (national-portal.md, "Results and errors"):
 * success is {@code error_code "0"} and a message containing "thành công"; {@code "3"}/{@code "-3"}
 * with "đã tồn tại" means the dossier exists (send it again as an update); {@code "-1"} is the
 * expired session (modelled) and renews it once; {@code "4"}, {@code "5"}, {@code "6"} are the
 * modelled codes of an unknown MaTTHC, a malformed MaHoSo and a missing field.
 *
 * <p>Style B answers text: the same phrases decide, with the code when the text is a JSON object
 * carrying one (modelled: the contract shows only the success text). "không thành công" is a
 * refusal even though it contains "thành công".
 */
public final class PortalAnswers {

  static final ErrorHint UNKNOWN_PROCEDURE =
      new ErrorHint(
          "Mã TTHC không có trong CSDL quốc gia về TTHC.",
          "The procedure code (MaTTHC) is not in the national procedure catalogue.");
  static final ErrorHint MALFORMED_CODE =
      new ErrorHint(
          "Mã hồ sơ không đúng định dạng {mã đơn vị}-{yyMMdd}-{số thứ tự}.",
          "The dossier code (MaHoSo) is not {unit}-{yyMMdd}-{sequence}.");
  static final ErrorHint MISSING_FIELD =
      new ErrorHint(
          "Thiếu trường bắt buộc (xem thông báo).",
          "A required field is missing (named in the message).");

  /** Style A: the adapter's JSON answers. */
  public static final AnswerTable ADAPTER =
      common(
              AnswerTable.builder()
                  .code(r -> Answers.stringOrNumber(Answers.json(r), "error_code"))
                  .text(r -> Answers.stringOrNumber(Answers.json(r), "message")))
          .build();

  /** Style B: text answers. */
  public static final AnswerTable PLAIN =
      common(AnswerTable.builder().code(PortalAnswers::plainCode).text(PortalAnswers::plainText))
          .onPhrase("thành công", Verdict.ok())
          .build();

  private PortalAnswers() {}

  private static AnswerTable.Builder common(AnswerTable.Builder b) {
    return b.onPhrase("không thành công", Verdict.refuse(null))
        .on("0", "không thành công", Verdict.refuse(null))
        .on("0", "thành công", Verdict.ok())
        .on("3", "đã tồn tại", Verdict.alreadyDone("đã tồn tại"))
        .on("-3", "đã tồn tại", Verdict.alreadyDone("đã tồn tại"))
        .onCode("-1", Verdict.renewAuth())
        .onCode("4", Verdict.refuse(UNKNOWN_PROCEDURE))
        .onCode("5", Verdict.refuse(MALFORMED_CODE))
        .onCode("6", Verdict.refuse(MISSING_FIELD))
        .onPhrase("đã tồn tại", Verdict.alreadyDone("đã tồn tại"))
        .onStatus(500, Verdict.retryIfIdempotent("HTTP 500"))
        .otherwise(PortalAnswers::otherwise);
  }

  /**
   * The answer, if it is the adapter's JSON object with an {@code error_code}: a garbage or cut
   * answer has no code nor text, so the table lets it through to be refused here as unreadable
   * rather than taken for a success.
   */
  static Answer requireAdapterAnswer(Call call, Answer answer) {
    JsonNode n;
    try {
      n = Answers.json(answer.response()); // the tree the table's readers parsed
    } catch (IllegalArgumentException notJson) {
      n = null;
    }
    if (n == null || !n.isObject() || !n.has("error_code")) {
      throw new ResponseException(
          call,
          "the adapter answered no {error_code, message} object",
          answer.response().status(),
          null);
    }
    return answer;
  }

  /** The answer, if it has a text: an empty answer says nothing, least of all "thành công". */
  static Answer requirePlainAnswer(Call call, Answer answer) {
    if (plainText(answer.response()).isEmpty()) {
      throw new ResponseException(
          call, "the portal answered no text", answer.response().status(), null);
    }
    return answer;
  }

  /** The code of a text answer that is a JSON object with {@code error_code}. */
  static Optional<String> plainCode(HttpResponse r) {
    JsonNode n = parse(r);
    return n != null && n.isObject() ? Answers.stringOrNumber(n, "error_code") : Optional.empty();
  }

  /** The text of a style B answer: the body, a JSON string's value, or an object's message. */
  static Optional<String> plainText(HttpResponse r) {
    JsonNode n = parse(r);
    if (n != null && n.isTextual()) {
      return Optional.of(n.asText());
    }
    if (n != null && n.isObject()) {
      return Answers.stringOrNumber(n, "message");
    }
    String body = r.bodyAsString().strip();
    return body.isEmpty() ? Optional.empty() : Optional.of(body);
  }

  /** No code and no text: unreadable, for the handler to refuse; else a national refusal. */
  private static Verdict otherwise(Optional<String> code, Optional<String> text) {
    if (code.isEmpty() && text.isEmpty()) {
      return Verdict.ok();
    }
    return Verdict.refuse(code.orElse(null), text.orElse(null), null);
  }

  private static JsonNode parse(HttpResponse r) {
    String type = r.contentType();
    String body = r.bodyAsString().strip();
    if (!(type.contains("json") || body.startsWith("{") || body.startsWith("\""))) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
