package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.ParcelStatus;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;

/**
 * What VNPost's answers mean, as data: the {@code Status} table of orders and cancels, and the
 * readers of the tracking page and the price. TODO(core): move the status table onto core's
 * AnswerTable when it lands.
 */
public final class PostalAnswers {

  /** What a {@code Status} means. */
  public enum Meaning {
    OK,
    /** Already done: the portal seen treats {@code 101} as success, "order already exists". */
    ALREADY_DONE,
    REFUSED
  }

  private static final Map<String, Meaning> STATUS =
      Map.of("100", Meaning.OK, "101", Meaning.ALREADY_DONE);

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private PostalAnswers() {}

  /**
   * {@code {"Status": "100" | 100, "Message": "…"}}, plus {@code ItemCode} where VNPost gave one.
   */
  public record StatusAnswer(String status, String message, String itemCode) {
    public Meaning meaning() {
      return STATUS.getOrDefault(status, Meaning.REFUSED);
    }
  }

  public static StatusAnswer status(JsonNode answer) throws MalformedAnswerException {
    String status = text(answer, "Status");
    if (status.isEmpty()) {
      throw new MalformedAnswerException("the answer has no Status");
    }
    return new StatusAnswer(status, text(answer, "Message"), text(answer, "ItemCode"));
  }

  /** {@code {"content": {"price": "23000"}}}: a whole number of VND, string or number. */
  public static long price(JsonNode answer) throws MalformedAnswerException {
    String price = text(answer.path("content"), "price");
    if (!price.matches("\\d{1,12}(\\.0+)?")) {
      throw new MalformedAnswerException("the answer has no whole price in content.price");
    }
    return Long.parseLong(price.split("\\.", 2)[0]);
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
      long millis = Long.parseLong(text(doc, "EventTime"));
      return new TrackingEvent(
          id,
          OrderNumber.of(text(doc, "OrderNumber")),
          Waybill.of(text(doc, "ItemCode")),
          ParcelStatus.of(code),
          code,
          ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ZONE),
          text(doc, "POSID"),
          text(doc, "StatusMessage"),
          text(doc, "Notes"));
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("event " + index + " of the page: " + e.getMessage());
    }
  }

  /** A field as text whether it came as a string or a number; empty when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return "";
    }
    return v.isNumber() && v.isIntegralNumber() ? v.asText() : v.asText().strip();
  }
}
