package vn.connector.payment.model;

import java.net.URI;
import java.util.Objects;

/**
 * A payment the platform accepted: send the payer to {@code paymentUrl} (UrlThanhToan) and wait for
 * the CONFIRM of {@code reference}.
 */
public record StartedPayment(PaymentReference reference, URI paymentUrl) {

  public StartedPayment {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(paymentUrl, "paymentUrl");
  }
}
