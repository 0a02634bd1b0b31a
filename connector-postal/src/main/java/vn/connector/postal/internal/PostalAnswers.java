package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.ErrorHint;
import vn.connector.core.Verdict;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.ParcelStatus;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;

/**
 * What VNPost's answers mean, as data: the {@code Status} table of orders and cancels, and the
 * readers of the tracking page and the price.
 */
public final class PostalAnswers {

  static final ErrorHint REFUSED =
      new ErrorHint(
          "Bưu điện từ chối yêu cầu; xem nội dung thông báo",
          "VNPost refused the request; see its message");

  /**
   * {@code orderpost} and {@code ordercancel}: 100 success; 101 success of a repeat ("order already
   * exists": the portal seen treats it so); any other Status a refusal with VNPost's text. An
   * answer without a readable Status goes on to the handler, which refuses it as malformed.
   */
  public static final AnswerTable STATUS =
      AnswerTable.builder()
          .code(r -> Answers.stringOrNumber(Answers.json(r), "Status"))
          .text(r -> Answers.stringOrNumber(Answers.json(r), "Message"))
          .onStatus(500, Verdict.retryIfIdempotent("VNPost answered 500"))
          .onCode("100", Verdict.ok())
          .onCode("101", Verdict.alreadyDone("order already exists"))
          .otherwise(
              (code, text) ->
                  code.isPresent()
                      ? Verdict.refuse(code.get(), text.orElse(null), REFUSED)
                      : Verdict.ok())
          .build();

  /** {@code ordertracking} and {@code getprice}: no Status; the handler reads the shape. */
  public static final AnswerTable PLAIN =
      AnswerTable.builder()
          .onStatus(500, Verdict.retryIfIdempotent("VNPost answered 500"))
          .otherwise((code, text) -> Verdict.ok())
          .build();

  private PostalAnswers() {}

  /**
   * {@code {"Status": "100" | 100, "Message": "…"}}, plus {@code ItemCode} where VNPost gave one.
   */
  public record StatusAnswer(String status, String message, String itemCode) {}

  public static StatusAnswer status(JsonNode answer) throws MalformedAnswerException {
    String status = text(answer, "Status");
    if (status.isEmpty()) {
      throw new MalformedAnswerException("the answer has no Status");
    }
    return new StatusAnswer(status, text(answer, "Message"), text(answer, "ItemCode"));
  }

  /** {@code {"content": {"price": "23000"}}}: a whole number of VND, string or number. */
  public static long price(JsonNode answer) throws MalformedAnswerException {
    try {
      return Answers.vnd(answer.path("content").path("price"), "content.price");
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("the answer has no whole price in content.price");
    }
  }

  /** One page of the feed; a document that cannot be read refuses the page rather than lose it. */
  public static TrackingPage page(JsonNode answer, String from) throws MalformedAnswerException {
    JsonNode docs = answer.path("_embedded").path("rh:doc");
    if (!docs.isMissingNode() && !docs.isArray()) {
      throw new MalformedAnswerException("_embedded.rh:doc is not an array");
    }
    List<TrackingEvent> events = new ArrayList<>();
    for (JsonNode doc : docs) {
      events.add(event(doc, events.size()));
    }
    String last = events.isEmpty() ? from : events.get(events.size() - 1).id();
    return new TrackingPage(
        events, last, answer.path("_size").asLong(0), answer.path("_total_pages").asInt(0));
  }

  private static TrackingEvent event(JsonNode doc, int index) throws MalformedAnswerException {
    try {
      String id = text(doc.path("_id"), "$oid").toLowerCase(Locale.ROOT);
      int code = Integer.parseInt(text(doc, "StatusCode"));
      ZonedDateTime time =
          Answers.epochMillis(doc.get("EventTime"), "EventTime").atZone(Answers.ZONE);
      return new TrackingEvent(
          id,
          OrderNumber.of(text(doc, "OrderNumber")),
          Waybill.of(text(doc, "ItemCode")),
          ParcelStatus.of(code),
          code,
          time,
          text(doc, "POSID"),
          text(doc, "StatusMessage"),
          text(doc, "Notes"));
    } catch (RuntimeException e) {
      throw new MalformedAnswerException("event " + index + " of the page: " + e.getMessage());
    }
  }

  /** A field as text whether it came as a string or a number; empty when absent or null. */
  static String text(JsonNode node, String field) {
    try {
      return Answers.stringOrNumber(node, field).map(String::strip).orElse("");
    } catch (RuntimeException notAValue) {
      return "";
    }
  }
}
