package vn.connector.payment.model;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.connector.core.Call;

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

  /**
   * A fresh, unguessable reference for a new attempt: the 32 hex digits of a random UUID, drawn
   * from the calling thread's own strong generator ({@link Call#newRequestId()}), not from {@link
   * UUID#randomUUID()}'s one shared generator, whose lock was the most contended monitor of a
   * payment INIT at 32 callers.
   */
  public static PaymentReference generate() {
    return new PaymentReference(Call.newRequestId().replace("-", ""));
  }

  @Override
  public String toString() {
    return value;
  }
}
