package vn.connector.postal.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A waybill number ({@code ItemCode}, số hiệu bưu gửi): either one of the numbers VNPost allocated
 * to the portal in advance, drawn from a {@link vn.connector.postal.WaybillPool}, or the one VNPost
 * assigned to an order sent without it.
 *
 * <pre>{@code
 * Waybill waybill = Waybill.of("EB123456789VN");
 * }</pre>
 *
 * @param value 4 to 30 letters and digits, upper case
 */
public record Waybill(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{4,30}");

  public Waybill {
    Objects.requireNonNull(value, "waybill");
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("waybill: must be 4-30 letters and digits, was " + value);
    }
  }

  public static Waybill of(String value) {
    return new Waybill(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
