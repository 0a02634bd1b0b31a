package vn.connector.postal;

import java.sql.Connection;
import java.util.Objects;
import vn.connector.core.CallContext;
import vn.connector.outbox.Deliverer;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.postal.internal.OrderPayload;
import vn.connector.postal.internal.UnitResolver;
import vn.connector.postal.model.PostalOrder;

/**
 * Orders that must not be lost, through connector-outbox: the portal enqueues the order in the same
 * transaction as the dossier change that asks for it ("trả kết quả qua bưu chính"), and a {@link
 * vn.connector.outbox.Dispatcher} sends it with retries, on any node, until VNPost has it. The
 * order's units are checked when it is enqueued, so a bad address fails in the portal's
 * transaction, not days later. Sending again is harmless: the waybill number is drawn once per
 * order and VNPost answers a repeat with 101.
 *
 * <pre>{@code
 * PostalOutbox.enqueue(connection, outbox, context, order);    // in the portal's transaction
 * Dispatcher dispatcher = Dispatcher.builder(outbox)
 *     .deliverer(PostalOutbox.SYSTEM, PostalOutbox.ORDER, PostalOutbox.deliverer(client))
 *     .build();
 * dispatcher.start();
 * }</pre>
 */
public final class PostalOutbox {

  /** The outbox system name of postal items. */
  public static final String SYSTEM = "postal";

  /** The outbox type of an order to send. */
  public static final String ORDER = "order";

  private PostalOutbox() {}

  /**
   * Enqueues {@code order} on {@code tx}, keyed by its order number (once per number: enqueuing the
   * same order again is a no-op).
   *
   * @throws IllegalArgumentException when a unit of the order is unknown or ambiguous
   */
  public static void enqueue(Connection tx, Outbox outbox, CallContext context, PostalOrder order) {
    Objects.requireNonNull(tx, "tx");
    outbox.enqueue(tx, item(context, order));
  }

  /** The outbox item of an order, for portals that enqueue items themselves. */
  public static OutboxItem item(CallContext context, PostalOrder order) {
    CallContext.require(context);
    Objects.requireNonNull(order, "order");
    UnitResolver.shipped().resolve(order.sender().location(), "sender");
    UnitResolver.shipped().resolve(order.receiver().location(), "receiver");
    String number = order.orderNumber().value();
    return new OutboxItem(SYSTEM, number, ORDER, OrderPayload.write(context, order), number);
  }

  /**
   * Sends enqueued orders with {@code client}, under a number from its waybill pool. A refusal by
   * VNPost parks the item with VNPost's code (a person must look at it); transport failures and 5xx
   * are retried by the dispatcher.
   */
  public static Deliverer deliverer(PostalClient client) {
    Objects.requireNonNull(client, "client");
    return item -> {
      OrderPayload.Content content = OrderPayload.read(item.payload());
      client.send(content.context(), content.order());
      return DeliveryOutcome.delivered();
    };
  }
}
