package vn.connector.postal;

import java.util.Objects;
import vn.connector.core.CallContext;
import vn.connector.core.Money;
import vn.connector.postal.internal.PostalWire;
import vn.connector.postal.internal.UnitResolver;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.OrderReceipt;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;

/**
 * Client for the public postal service (bưu chính công ích, VNPost): orders both ways between
 * citizens and the one-stop desk, cancel, prices, and the tracking feed (consumed with {@link
 * TrackingFeed}). Immutable and thread-safe: build one per application and share it.
 *
 * <pre>{@code
 * PostalClient client = PostalClient.builder()
 *     .endpoint(URI.create("https://vnpost.example.vn/api"))
 *     .profile(PostalProfile.VNPOST_API)
 *     .auth(Auth.tokenTypeHeader(URI.create("https://vnpost.example.vn/token"), "portal",
 *         Secret.of(System.getenv("VNPOST_SECRET"))))
 *     .customerCode("HCC_H22")
 *     .waybillPool(WaybillPool.builder(dataSource).build())
 *     .build();
 * OrderReceipt receipt = client.send(context, order);   // a number drawn from the pool
 * }</pre>
 *
 * <p>Every administrative unit of an order or price query is checked against the lists shipped in
 * this module before anything is sent: 2025-03-01 province and district codes directly, 2025-07-01
 * province and commune codes through the old-to-new mapping onto the district VNPost still expects
 * (an {@link IllegalArgumentException} naming the field when a code is unknown or the mapping
 * ambiguous). Orders are keyed by {@link OrderNumber}: sending one again, also after a timeout, is
 * harmless, and VNPost's {@code 101} on a repeat is a success ({@link OrderReceipt#repeated()}).
 */
public final class PostalClient implements AutoCloseable {

  private final PostalCalls calls;
  private final UnitResolver units;
  private final WaybillPool pool;
  private final int defaultPageSize;

  PostalClient(PostalCalls calls, UnitResolver units, WaybillPool pool, int defaultPageSize) {
    this.calls = calls;
    this.units = units;
    this.pool = pool;
    this.defaultPageSize = defaultPageSize;
  }

  /** A builder; see {@link PostalClientBuilder} for the options and configuration keys. */
  public static PostalClientBuilder builder() {
    return new PostalClientBuilder();
  }

  /**
   * Sends the order under a waybill number drawn from the builder's pool (the same number again for
   * the same order).
   *
   * @throws IllegalStateException when no pool was configured, or the pool is empty
   */
  public OrderReceipt send(CallContext context, PostalOrder order) {
    CallContext.require(context);
    Objects.requireNonNull(order, "order");
    if (pool == null) {
      throw new IllegalStateException(
          "no waybill pool configured: set one on the builder, or use sendAssigningWaybill");
    }
    VnPostUnits from = units.resolve(order.sender().location(), "sender");
    VnPostUnits to = units.resolve(order.receiver().location(), "receiver");
    return calls.create(context, order, pool.draw(order.orderNumber()), from, to);
  }

  /** Sends the order under a waybill number the portal chose from VNPost's allocation. */
  public OrderReceipt send(CallContext context, PostalOrder order, Waybill waybill) {
    CallContext.require(context);
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(waybill, "waybill");
    VnPostUnits from = units.resolve(order.sender().location(), "sender");
    VnPostUnits to = units.resolve(order.receiver().location(), "receiver");
    return calls.create(context, order, waybill, from, to);
  }

  /** Sends the order through the endpoint where VNPost assigns the waybill number. */
  public OrderReceipt sendAssigningWaybill(CallContext context, PostalOrder order) {
    CallContext.require(context);
    Objects.requireNonNull(order, "order");
    VnPostUnits from = units.resolve(order.sender().location(), "sender");
    VnPostUnits to = units.resolve(order.receiver().location(), "receiver");
    return calls.create(context, order, null, from, to);
  }

  /**
   * Cancels the order. Returns VNPost's message.
   *
   * @throws vn.connector.core.ServiceException when VNPost refuses (the parcel already left, say)
   */
  public String cancel(CallContext context, OrderNumber orderNumber) {
    CallContext.require(context);
    return calls.cancel(context, Objects.requireNonNull(orderNumber, "orderNumber"));
  }

  /** The price of a parcel of the public-administration service ({@code HCC}), in VND. */
  public Money price(PriceQuery query) {
    Objects.requireNonNull(query, "query");
    VnPostUnits from = units.resolve(query.from(), "from");
    VnPostUnits to = units.resolve(query.to(), "to");
    return calls.price(query, from, to);
  }

  /**
   * One page of the tracking feed after {@code lastId} ({@link TrackingPage#START} for the first),
   * of the builder's page size. {@link TrackingFeed} reads it for you, persisting the position.
   */
  public TrackingPage trackingPage(String lastId) {
    return trackingPage(lastId, defaultPageSize);
  }

  TrackingPage trackingPage(String lastId, int pageSize) {
    Objects.requireNonNull(lastId, "lastId");
    if (!PostalWire.isTrackingId(lastId)) {
      throw new IllegalArgumentException("lastId: must be 24 lower-case hex digits");
    }
    return calls.page(lastId, pageSize);
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    calls.close();
  }
}
