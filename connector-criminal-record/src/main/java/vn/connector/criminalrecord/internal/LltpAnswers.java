package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import vn.connector.core.HttpResponse;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.internal.AnswerTable.Kind;

/**
 * The system's answer tables, in one place (criminal-record.md). Submission answers are plain text
 * classified by phrase, or a JSON refusal {@code {status, statusDescription, errorCode,
 * errorDescription}}; result reports answer {@code {statusCode, data, errorDetail}}.
 */
public final class LltpAnswers {

  /** Submit: the two success phrases; any other answer is a refusal. */
  public static final AnswerTable SUBMIT =
      AnswerTable.builder()
          .text(LltpAnswers::textOrDescription)
          .code(r -> field(r, "errorCode").or(() -> field(r, "status")))
          .onPhrase("gửi thông tin thành công", Kind.OK)
          .onPhrase("đã được tiếp nhận, không thể cập nhật thông tin", Kind.ALREADY_DONE)
          .otherwise(Kind.REFUSE)
          .build();

  /**
   * traKetQuaHoSoLLTP: {@code 00} done; {@code 01} refused, except "không thể cập nhật lên trạng
   * thái" (already in that state); {@code 03} "yêu cầu bị gián đoạn" transient.
   */
  public static final AnswerTable REPORT =
      AnswerTable.builder()
          .code(r -> field(r, "statusCode"))
          .text(r -> joined(r, "errorDetail", "data"))
          .onPhrase("không thể cập nhật lên trạng thái", Kind.ALREADY_DONE)
          .onCode("00", Kind.OK)
          .onCode("03", Kind.RETRY)
          .otherwise(Kind.REFUSE)
          .build();

  private LltpAnswers() {}

  /** The body as JSON, or empty when it is not JSON. */
  public static Optional<JsonNode> json(HttpResponse r) {
    if (r.bodyLength() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readTree(r.body()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A top-level field as text, whether it came as a string or a number. */
  static Optional<String> field(HttpResponse r, String name) {
    return json(r)
        .map(n -> n.get(name))
        .filter(n -> n.isValueNode() && !n.isNull())
        .map(JsonNode::asText)
        .map(String::strip);
  }

  private static Optional<String> textOrDescription(HttpResponse r) {
    Optional<JsonNode> node = json(r);
    if (node.isPresent() && node.get().isTextual()) {
      return Optional.of(node.get().asText());
    }
    if (node.isPresent() && node.get().isObject()) {
      return joined(r, "errorDescription", "statusDescription");
    }
    return Optional.of(r.bodyAsString());
  }

  private static Optional<String> joined(HttpResponse r, String first, String second) {
    String a = field(r, first).orElse("");
    String b = field(r, second).orElse("");
    String both = (a + " " + b).strip();
    return both.isEmpty() ? Optional.empty() : Optional.of(both);
  }
}
