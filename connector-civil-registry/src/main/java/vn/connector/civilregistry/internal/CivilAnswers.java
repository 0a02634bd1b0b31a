package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

/**
 * What the civil registry's and the interlinked service's answers mean, as data: one table per
 * operation, applied by the transport inside its retry loop.
 */
public final class CivilAnswers {

  static final String SUCCESS = "status=1";

  private static final ErrorHint REFUSED =
      new ErrorHint(
          "Hệ thống hộ tịch từ chối hồ sơ; xem mã và nội dung lỗi của Bộ Tư pháp.",
          "The civil registry refused the dossier; see the ministry's code and text.");
  private static final ErrorHint INVALID =
      new ErrorHint(
          "DVC liên thông từ chối trạng thái vì sai logic xử lý; kiểm tra thứ tự trạng thái.",
          "The interlinked service refused the status as invalid; check the order of states.");

  /**
   * An answer with no code at all goes to the handler, which refuses it as unreadable (a {@code
   * ResponseException}), not as the ministry's refusal.
   */
  private static final Verdict UNREADABLE = Verdict.ok();

  /**
   * {@code NhanDKHT}: {@code status} "1" (string or number) is success; a refusal whose {@code
   * errorDescription} says "đã được tiếp nhận" is a repeated push, also success; anything else is a
   * refusal with the ministry's {@code errorCode} and text. The code read is {@code status=1} for
   * success so that no {@code errorCode} can be mistaken for it. A 500 is retried (the push is
   * idempotent by {@code maHoSoLT}).
   */
  public static final AnswerTable PUSH =
      AnswerTable.builder()
          .code(CivilAnswers::pushCode)
          .text(r -> text(r, "errorDescription").or(() -> text(r, "statusDescription")))
          .onStatus(500, Verdict.retryIfIdempotent("server error"))
          .onCode(SUCCESS, Verdict.ok())
          .onPhrase(Phrases.ALREADY_RECEIVED, Verdict.alreadyDone(Phrases.ALREADY_RECEIVED))
          .otherwise(CivilAnswers::pushOtherwise)
          .build();

  /** {@code LayKetQua}: {@code status} 1 success, 0 failure with its {@code message}. */
  public static final AnswerTable POLL =
      AnswerTable.builder()
          .code(r -> text(r, "status"))
          .text(r -> text(r, "message"))
          .onStatus(500, Verdict.retryIfIdempotent("server error"))
          .onCode("1", Verdict.ok())
          .otherwise(
              (c, t) -> c.isEmpty() ? UNREADABLE : Verdict.refuse(c.get(), t.orElse(null), null))
          .build();

  /**
   * The status push-back, answered in plain text and classified by phrase (civil-registry.md):
   * failure phrases first, so that a text naming both is not taken for success; "không thành công"
   * (not in the contract) means retry, since it would otherwise match "thành công" and a status
   * would be dropped. "Chưa cập nhật trạng thái" says the service did not take it; the two faults
   * may come after it acted, so they are resent as an idempotent call (the service keeps one state
   * per dossier and state).
   */
  public static final AnswerTable STATUS =
      AnswerTable.builder()
          .text(CivilAnswers::body)
          .onPhrase("logic xử lý không hợp lệ", Verdict.refuse(INVALID))
          .onPhrase("chưa cập nhật trạng thái", Verdict.retry("chưa cập nhật trạng thái"))
          .onPhrase("client received soap fault", Verdict.retryIfIdempotent("soap fault"))
          .onPhrase("server error", Verdict.retryIfIdempotent("server error"))
          .onPhrase("không thành công", Verdict.retryIfIdempotent("không thành công"))
          .onPhrase("thành công", Verdict.ok())
          .onPhrase("đã trả kết quả", Verdict.alreadyDone("đã trả kết quả"))
          .onPhrase("không tồn tại", Verdict.alreadyDone("không tồn tại"))
          .build();

  /** The acknowledgement: success is a text containing "cập nhật thành công". */
  public static final AnswerTable ACKNOWLEDGE =
      AnswerTable.builder()
          .text(CivilAnswers::body)
          .onPhrase(Phrases.ACKNOWLEDGED, Verdict.ok())
          .build();

  private CivilAnswers() {}

  private static Verdict pushOtherwise(Optional<String> code, Optional<String> text) {
    return code.isEmpty() && text.isEmpty()
        ? UNREADABLE
        : Verdict.refuse(code.orElse(null), text.orElse(null), REFUSED);
  }

  private static Optional<String> pushCode(HttpResponse r) {
    JsonNode root = Answers.json(r);
    Optional<String> status = Answers.stringOrNumber(root, "status");
    if (status.filter("1"::equals).isPresent()) {
      return Optional.of(SUCCESS);
    }
    return Answers.stringOrNumber(root, "errorCode")
        .filter(c -> !c.isBlank())
        .or(() -> status.map(s -> "status=" + s));
  }

  private static Optional<String> text(HttpResponse r, String field) {
    return Answers.stringOrNumber(Answers.json(r), field).filter(t -> !t.isBlank());
  }

  private static Optional<String> body(HttpResponse r) {
    String text = r.bodyAsString();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
