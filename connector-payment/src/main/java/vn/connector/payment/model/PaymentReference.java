package vn.connector.payment.model;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Mã tham chiếu: the portal's reference of one payment attempt. A new one for every attempt; the
 * same one when an INIT is retried, because the platform treats it as the idempotency key.
 */
public record PaymentReference(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public PaymentReference {
    Objects.requireNonNull(value, "reference");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "reference: must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
  }

  public static PaymentReference of(String value) {
    return new PaymentReference(value);
  }

  /** A fresh, unguessable reference for a new attempt. */
  public static PaymentReference generate() {
    return new PaymentReference(UUID.randomUUID().toString().replace("-", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
