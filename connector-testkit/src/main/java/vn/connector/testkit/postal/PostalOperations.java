package vn.connector.testkit.postal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnits;

/**
 * VNPost's operations as the contract describes them, with the refusals of a real service. The
 * refusal codes other than 100/101 are the simulator's (modelled): the contract says only that
 * anything else is a refusal with its text.
 */
final class PostalOperations {

  /** An answer: HTTP status and JSON body. */
  record Answer(int status, JsonNode body) {}

  static final String[] REQUIRED = {
    "OrderNumber",
    "SenderName",
    "SenderAddress",
    "SenderTel",
    "ReceiverName",
    "ReceiverAddress",
    "ReceiverTel"
  };

  private final ObjectMapper mapper;
  private final PostalBook book;
  private final AdministrativeUnits units;
  private volatile boolean numericStatus;
  private volatile boolean inclusivePaging;

  PostalOperations(ObjectMapper mapper, PostalBook book, AdministrativeUnits units) {
    this.mapper = mapper;
    this.book = book;
    this.units = units;
  }

  void numericStatus(boolean on) {
    this.numericStatus = on;
  }

  void inclusivePaging(boolean on) {
    this.inclusivePaging = on;
  }

  Answer order(JsonNode o, boolean assigned) {
    Optional<Answer> refusal = checkOrder(o, assigned);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    String number = o.path("OrderNumber").asText();
    Optional<PostalBook.Order> existing = book.order(number);
    if (existing.isPresent()) {
      return status("101", "Đơn hàng đã tồn tại", existing.get().itemCode);
    }
    String item = assigned ? null : o.path("ItemCode").asText();
    PostalBook.Order order = book.book(number, item, o.path("ReceiverName").asText());
    return status("100", "Thành công", assigned ? order.itemCode : null);
  }

  private Optional<Answer> checkOrder(JsonNode o, boolean assigned) {
    if (!book.customerCode().equals(o.path("CustomerCode").asText())) {
      return Optional.of(status("103", "Mã khách hàng không hợp lệ", null));
    }
    for (String field : REQUIRED) {
      if (o.path(field).asText("").isBlank()) {
        return Optional.of(status("106", "Thiếu thông tin bắt buộc: " + field, null));
      }
    }
    JsonNode cod = o.path("CODAmount");
    if (!cod.isMissingNode() && (!cod.isIntegralNumber() || cod.asLong() < 0)) {
      return Optional.of(status("106", "CODAmount phải là số nguyên không âm", null));
    }
    if (!district(o.path("SenderProvince"), o.path("SenderDistrict"))
        || !district(o.path("ReceiverProvince"), o.path("ReceiverDistrict"))) {
      return Optional.of(status("105", "Mã tỉnh/huyện không hợp lệ", null));
    }
    if (assigned) {
      return o.has("ItemCode")
          ? Optional.of(status("106", "Không truyền ItemCode cho dịch vụ này", null))
          : Optional.empty();
    }
    String item = o.path("ItemCode").asText("");
    if (!book.isAllocated(item)) {
      return Optional.of(status("104", "ItemCode không thuộc dải số đã cấp", null));
    }
    Optional<String> owner = book.itemCodeOwner(item);
    if (owner.isPresent() && !owner.get().equals(o.path("OrderNumber").asText())) {
      return Optional.of(status("107", "ItemCode đã dùng cho đơn hàng khác", null));
    }
    return Optional.empty();
  }

  Answer cancel(Map<String, String> query) {
    if (!book.customerCode().equals(query.get("CustomerCode"))) {
      return status("103", "Mã khách hàng không hợp lệ", null);
    }
    Optional<PostalBook.Order> order = book.order(query.getOrDefault("OrderNumber", ""));
    if (order.isEmpty()) {
      return status("108", "Không tìm thấy đơn hàng", null);
    }
    if (order.get().status == 8) {
      return status("101", "Đơn hàng đã hủy", null);
    }
    if (order.get().status != 1) {
      return status("109", "Bưu gửi đã được nhận, không thể hủy", null);
    }
    book.setStatus(order.get(), 8, "Khách hàng hủy");
    return status("100", "Hủy thành công", null);
  }

  Answer tracking(Map<String, String> query) {
    String lastId = query.getOrDefault("lastId", "");
    String size = query.getOrDefault("pagesize", "");
    if (!lastId.matches("[0-9a-fA-F]{24}") || !size.matches("\\d{1,4}")) {
      return new Answer(
          400, mapper.createObjectNode().put("message", "Invalid lastId or pagesize"));
    }
    int pageSize = Integer.parseInt(size);
    if (pageSize < 1 || pageSize > 1000) {
      return new Answer(400, mapper.createObjectNode().put("message", "pagesize must be 1-1000"));
    }
    List<PostalBook.Event> events = book.after(lastId.toLowerCase(), pageSize, inclusivePaging);
    ObjectNode page = mapper.createObjectNode();
    int total = book.feedSize();
    page.put("_size", total).put("_total_pages", (total + pageSize - 1) / pageSize);
    page.put("_returned", events.size());
    ArrayNode docs = page.putObject("_embedded").putArray("rh:doc");
    for (PostalBook.Event e : events) {
      ObjectNode d = docs.addObject();
      d.putObject("_id").put("$oid", e.id());
      d.put("CustomerCode", book.customerCode()).put("OrderNumber", e.orderNumber());
      d.put("EventTime", e.time()).put("POSID", "100000").put("ItemCode", e.itemCode());
      d.put("StatusCode", e.status()).put("StatusMessage", PostalBook.STATUS_TEXT[e.status()]);
      d.put("Notes", e.notes());
    }
    return new Answer(200, page);
  }

  Answer price(JsonNode q) {
    JsonNode from = q.path("sender");
    JsonNode to = q.path("receiver");
    int weight = q.path("weight").asInt(0);
    if (weight < 1 || !"HCC".equals(q.path("mainSrv").asText())) {
      return new Answer(200, mapper.createObjectNode().put("message", "Tham số không hợp lệ"));
    }
    if (!district(from.path("provCode"), from.path("distCode"))
        || !district(to.path("provCode"), to.path("distCode"))) {
      return new Answer(
          200, mapper.createObjectNode().put("message", "Mã tỉnh/huyện không hợp lệ"));
    }
    long price = 13_000 + 3_000L * ((weight - 1) / 500);
    if (!from.path("provCode").asText().equals(to.path("provCode").asText())) {
      price += 8_000;
    }
    if (q.path("isreturn").asInt(0) == 1) {
      price += price / 2;
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.putObject("content").put("price", Long.toString(price));
    return new Answer(200, answer);
  }

  /** Whether the codes (integers or strings) name a district of that province on 2025-03-01. */
  private boolean district(JsonNode province, JsonNode district) {
    String p = province.asText("");
    String d = district.asText("");
    if (!p.matches("\\d{1,2}") || !d.matches("\\d{1,3}")) {
      return false;
    }
    String pc = String.format("%02d", Integer.parseInt(p));
    String dc = String.format("%03d", Integer.parseInt(d));
    return units
        .district(AdministrativeUnitCode.parse(dc))
        .map(u -> u.province().value().equals(pc))
        .orElse(false);
  }

  private Answer status(String code, String message, String itemCode) {
    ObjectNode o = mapper.createObjectNode();
    if (numericStatus) {
      o.put("Status", Integer.parseInt(code));
    } else {
      o.put("Status", code);
    }
    o.put("Message", message);
    if (itemCode != null) {
      o.put("ItemCode", itemCode);
    }
    return new Answer(200, o);
  }
}
