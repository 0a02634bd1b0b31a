package vn.connector.postal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.Money;
import vn.connector.core.ResponseException;
import vn.connector.core.internal.AnswerReaders;
import vn.connector.core.internal.Hints;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.postal.internal.PostalAnswers;
import vn.connector.postal.internal.PostalAnswers.StatusAnswer;
import vn.connector.postal.internal.PostalWire;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.OrderReceipt;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;

/** VNPost's operations over the transport: one request, one handler each. */
final class PostalCalls {

  static final String SYSTEM = "postal";
  private static final String JSON = "application/json; charset=utf-8";
  private final HttpTransport transport;
  private final PostalWire wire;

  PostalCalls(HttpTransport transport, PostalWire wire) {
    this.transport = transport;
    this.wire = wire;
  }

  /**
   * Sends an order; {@code waybill} null for the endpoint where VNPost assigns the number. Retried
   * safely: VNPost keeps one order per {@code OrderNumber} and answers a repeat with 101.
   */
  OrderReceipt create(
      CallContext context, PostalOrder order, Waybill waybill, VnPostUnits from, VnPostUnits to) {
    String operation = waybill == null ? PostalWire.ORDER_ASSIGNED : PostalWire.ORDER;
    Call call = Call.builder(SYSTEM, operation).context(context).idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(wire.uri(operation, Map.of()))
            .header("Accept", "application/json")
            .body(wire.order(order, waybill, from, to), JSON)
            .build();
    return transport.callForAnswer(
        call,
        request,
        PostalAnswers.STATUS,
        result -> {
          StatusAnswer answer = status(call, result.response());
          Waybill number = waybill;
          if (number == null) {
            if (answer.itemCode().isEmpty()) {
              throw new ResponseException(
                  call, "VNPost accepted the order without the ItemCode it assigned", null);
            }
            number = Waybill.of(answer.itemCode());
          }
          return new OrderReceipt(
              order.orderNumber(), number, result.alreadyDone(), answer.message());
        });
  }

  /** Cancels an order; a repeat is harmless. Returns VNPost's message. */
  String cancel(CallContext context, OrderNumber number) {
    Call call = Call.builder(SYSTEM, PostalWire.CANCEL).context(context).idempotent(true).build();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("CustomerCode", wire.customerCode());
    query.put("OrderNumber", number.value());
    HttpRequest request =
        HttpRequest.get(wire.uri(PostalWire.CANCEL, query))
            .header("Accept", "application/json")
            .build();
    return transport.callForAnswer(
        call, request, PostalAnswers.STATUS, result -> status(call, result.response()).message());
  }

  TrackingPage page(String lastId, int pageSize) {
    Call call = Call.builder(SYSTEM, PostalWire.TRACKING).idempotent(true).build();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagesize", Integer.toString(pageSize));
    query.put("lastId", lastId);
    HttpRequest request =
        HttpRequest.get(wire.uri(PostalWire.TRACKING, query))
            .header("Accept", "application/json")
            .build();
    return transport.call(
        call,
        request,
        PostalAnswers.PLAIN,
        response -> read(call, response, n -> PostalAnswers.page(n, lastId)));
  }

  Money price(PriceQuery query, VnPostUnits from, VnPostUnits to) {
    Call call = Call.builder(SYSTEM, PostalWire.PRICE).idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(wire.uri(PostalWire.PRICE, Map.of()))
            .header("Accept", "application/json")
            .body(wire.price(query, from, to), JSON)
            .build();
    long price =
        transport.call(call, request, response -> read(call, response, PostalAnswers::price));
    if (price <= 0) {
      throw new ResponseException(call, "VNPost answered a price of " + price, null);
    }
    return Money.vnd(price);
  }

  void close() {
    transport.close();
  }

  /** An answer the table passed: 100, 101, or one whose Status could not be read. */
  private StatusAnswer status(Call call, HttpResponse response) {
    return read(call, response, PostalAnswers::status);
  }

  private <T> T read(Call call, HttpResponse response, Reader<T> reader) {
    Hints.requireSuccess(call, response);
    try {
      JsonNode node = AnswerReaders.object(response, "the answer"); // the table's tree
      return reader.read(node);
    } catch (MalformedAnswerException e) {
      throw new ResponseException(call, e.getMessage(), response.status(), e);
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonNode answer) throws MalformedAnswerException;
  }
}
