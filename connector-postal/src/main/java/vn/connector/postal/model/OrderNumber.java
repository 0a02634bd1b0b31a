package vn.connector.postal.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The portal's number of a postal order ({@code OrderNumber}): the dossier code for a collection,
 * the result's id for a delivery. It is the idempotency key of an order: VNPost keeps one order per
 * number, so sending the same order again never books a second pickup.
 *
 * <pre>{@code
 * OrderNumber number = OrderNumber.of("000.00.01.H22-241115-0001");
 * }</pre>
 *
 * @param value 1 to 50 visible characters, no spaces
 */
public record OrderNumber(String value) {

  static final int MAX_LENGTH = 50;

  public OrderNumber {
    Objects.requireNonNull(value, "orderNumber");
    value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "orderNumber: must be 1-" + MAX_LENGTH + " characters, was " + value.length());
    }
    if (!value.chars().allMatch(c -> c > ' ' && c != 0x7f)) {
      throw new IllegalArgumentException(
          "orderNumber: must not contain spaces or control characters");
    }
  }

  public static OrderNumber of(String value) {
    return new OrderNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
