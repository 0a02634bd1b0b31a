package vn.connector.postal.model;

import java.util.Objects;
import vn.connector.core.Money;

/**
 * One postal order between a citizen and the one-stop desk, either way, with the fees to collect on
 * delivery (COD, an integer of VND). The direction fixes who sends: the citizen for a {@link
 * Direction#COLLECTION}, the desk for a {@link Direction#DELIVERY}.
 *
 * <pre>{@code
 * PostalOrder order = PostalOrder.delivery(OrderNumber.of("000.00.01.H22-241115-0001"), desk, citizen)
 *     .cashOnDelivery(Money.vnd(50_000))
 *     .description("Kết quả giải quyết TTHC")
 *     .build();
 * }</pre>
 *
 * @param direction which way the parcel goes
 * @param orderNumber the idempotency key of the order
 * @param sender who hands the parcel in
 * @param receiver who receives it
 * @param cashOnDelivery fees in VND the postman collects from the receiver ({@code CODAmount}), 0
 *     for none
 * @param description what the parcel holds, at most 500 characters, or empty
 */
public record PostalOrder(
    Direction direction,
    OrderNumber orderNumber,
    Party sender,
    Party receiver,
    long cashOnDelivery,
    String description) {

  public PostalOrder {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(orderNumber, "orderNumber");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(receiver, "receiver");
    if (cashOnDelivery < 0) {
      throw new IllegalArgumentException(
          "cashOnDelivery: must not be negative, was " + cashOnDelivery);
    }
    description = description == null ? "" : vn.connector.core.internal.Text.nfc(description);
    if (description.length() > 500) {
      throw new IllegalArgumentException("description: must be at most 500 characters");
    }
  }

  /** Thu gom: the citizen sends the dossier to the desk. */
  public static Builder collection(OrderNumber orderNumber, Party citizen, Party desk) {
    return new Builder(Direction.COLLECTION, orderNumber, citizen, desk);
  }

  /** Trả kết quả: the desk sends the result to the citizen. */
  public static Builder delivery(OrderNumber orderNumber, Party desk, Party citizen) {
    return new Builder(Direction.DELIVERY, orderNumber, desk, citizen);
  }

  /** Builds a {@link PostalOrder}; COD 0 and an empty description unless set. */
  public static final class Builder {
    private final Direction direction;
    private final OrderNumber orderNumber;
    private final Party sender;
    private final Party receiver;
    private long cashOnDelivery;
    private String description = "";

    private Builder(Direction direction, OrderNumber orderNumber, Party sender, Party receiver) {
      this.direction = direction;
      this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
      this.sender = Objects.requireNonNull(sender, "sender");
      this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    /** Fees the postman collects from the receiver, in VND (the dossier's fees on delivery). */
    public Builder cashOnDelivery(Money amount) {
      this.cashOnDelivery = Objects.requireNonNull(amount, "cashOnDelivery").amount();
      return this;
    }

    /** What the parcel holds (nội dung bưu gửi). */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    public PostalOrder build() {
      return new PostalOrder(direction, orderNumber, sender, receiver, cashOnDelivery, description);
    }
  }
}
