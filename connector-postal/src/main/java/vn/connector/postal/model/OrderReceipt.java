package vn.connector.postal.model;

import java.util.Objects;

/**
 * VNPost's acceptance of an order.
 *
 * @param orderNumber the order
 * @param waybill the waybill number the parcel travels under
 * @param repeated whether VNPost already held this order ({@code Status 101}): a repeat of an order
 *     sent before, harmless, no second pickup
 * @param message VNPost's text, possibly empty
 */
public record OrderReceipt(
    OrderNumber orderNumber, Waybill waybill, boolean repeated, String message) {

  public OrderReceipt {
    Objects.requireNonNull(orderNumber, "orderNumber");
    Objects.requireNonNull(waybill, "waybill");
    message = message == null ? "" : message;
  }
}
