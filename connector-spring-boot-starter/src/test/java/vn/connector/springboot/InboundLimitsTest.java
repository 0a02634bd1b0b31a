package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.connector.payment.internal.PaymentJson;

class InboundLimitsTest {

  @Test
  void refusesConfirmBodiesAtTheVerifiersOwnCap() {
    // The verifier's cap is internal to connector-payment; this keeps the endpoint's copy equal.
    assertThat(ConnectorWebAutoConfiguration.PAYMENT_CONFIRM_MAX_BYTES)
        .isEqualTo(PaymentJson.MAX_CALLBACK_BYTES);
  }
}
