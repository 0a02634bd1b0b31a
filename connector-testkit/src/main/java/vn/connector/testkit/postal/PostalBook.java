package vn.connector.testkit.postal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated VNPost's state: the waybill numbers allocated to the portal, the orders with their
 * parcel's status, and the tracking feed. Thread-safe (every method synchronised: the simulator
 * answers one request at a time per state change).
 */
final class PostalBook {

  /** A status the contract models (1 tạo đơn … 8 hủy) and its text. */
  static final String[] STATUS_TEXT = {
    "",
    "Tạo đơn",
    "Đã nhận hàng",
    "Đang vận chuyển",
    "Đang phát",
    "Phát thành công",
    "Phát không thành công",
    "Chuyển hoàn",
    "Hủy"
  };

  /** One order as VNPost holds it. */
  static final class Order {
    final String orderNumber;
    final String itemCode;
    final String receiverName;
    int status = 1;

    Order(String orderNumber, String itemCode, String receiverName) {
      this.orderNumber = orderNumber;
      this.itemCode = itemCode;
      this.receiverName = receiverName;
    }
  }

  /** One document of the feed. */
  record Event(
      String id, String orderNumber, String itemCode, int status, long time, String notes) {}

  private final Clock clock;
  private final String customerCode;
  private final Set<String> allocated = new HashSet<>();
  private final Map<String, String> usedItemCodes = new LinkedHashMap<>();
  private final Map<String, Order> orders = new LinkedHashMap<>();
  private final List<Event> feed = new ArrayList<>();
  private long nextId = 0x650000000000L;
  private long nextAssigned = 1;
  private int pickups;

  PostalBook(Clock clock, String customerCode) {
    this.clock = clock;
    this.customerCode = customerCode;
  }

  String customerCode() {
    return customerCode;
  }

  synchronized List<String> allocate(String prefix, int count) {
    List<String> out = new ArrayList<>();
    int start = allocated.size() + 1;
    for (int i = 0; i < count; i++) {
      String code = String.format("%s%09dVN", prefix, start + i);
      allocated.add(code);
      out.add(code);
    }
    return out;
  }

  synchronized boolean isAllocated(String itemCode) {
    return allocated.contains(itemCode);
  }

  /** The order holding this item code, if another one does. */
  synchronized Optional<String> itemCodeOwner(String itemCode) {
    return Optional.ofNullable(usedItemCodes.get(itemCode));
  }

  synchronized Optional<Order> order(String orderNumber) {
    return Optional.ofNullable(orders.get(orderNumber));
  }

  /** Books a new order (one pickup) and its "tạo đơn" event; null item code: one is assigned. */
  synchronized Order book(String orderNumber, String itemCode, String receiverName) {
    String code = itemCode != null ? itemCode : String.format("HCC%09dVN", nextAssigned++);
    Order order = new Order(orderNumber, code, receiverName);
    orders.put(orderNumber, order);
    usedItemCodes.put(code, orderNumber);
    pickups++;
    emit(order, "");
    return order;
  }

  synchronized void setStatus(Order order, int status, String notes) {
    order.status = status;
    emit(order, notes);
  }

  synchronized int pickups() {
    return pickups;
  }

  synchronized List<Order> orders() {
    return List.copyOf(orders.values());
  }

  /** The events after {@code lastId}, at most {@code size}; ids grow, so compare as text. */
  synchronized List<Event> after(String lastId, int size, boolean inclusive) {
    List<Event> out = new ArrayList<>();
    for (Event e : feed) {
      int c = e.id().compareTo(lastId);
      if ((c > 0 || (inclusive && c == 0)) && out.size() < size) {
        out.add(e);
      }
    }
    return out;
  }

  synchronized int feedSize() {
    return feed.size();
  }

  synchronized List<Event> feed() {
    return List.copyOf(feed);
  }

  /** Appends {@code count} events of synthetic orders, cycling through the statuses 1 to 5. */
  synchronized void seed(int count) {
    for (int i = 0; i < count; i++) {
      String number = "SEED-" + (i / 5);
      Order order =
          orders.computeIfAbsent(
              number, n -> new Order(n, String.format("SD%09dVN", orders.size()), "Người nhận"));
      order.status = i % 5 + 1;
      emit(order, "");
    }
  }

  private void emit(Order order, String notes) {
    feed.add(
        new Event(
            nextId(), order.orderNumber, order.itemCode, order.status, clock.millis(), notes));
  }

  private String nextId() {
    return String.format("%024x", nextId++);
  }
}
