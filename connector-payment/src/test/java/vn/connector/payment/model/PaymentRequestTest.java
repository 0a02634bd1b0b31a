package vn.connector.payment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.Money;
import vn.connector.payment.TestRequests;

class PaymentRequestTest {

  @Test
  void refusesFeeLinesThatDoNotAddUpToTheAmount() {
    assertThatThrownBy(() -> TestRequests.builder().amount(Money.vnd(50_001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fees: the fee lines add up to 50000 đồng but amount is 50001");
  }

  @Test
  void refusesARequestWithoutFeeLines() {
    assertThatThrownBy(
            () ->
                PaymentRequest.builder()
                    .dossier(TestRequests.DOSSIER)
                    .amount(Money.vnd(1))
                    .description("x")
                    .service(TestRequests.fee().service())
                    .collector(TestRequests.fee().collector())
                    .payer(TestRequests.fee().payer())
                    .build())
        .hasMessageStartingWith("fees:");
  }

  @Test
  void refusesZeroNegativeAndFractionalAmounts() {
    assertThatThrownBy(() -> Money.vnd(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.vnd(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("50000.5")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesTheMissingField() {
    assertThatThrownBy(() -> TestRequests.builder().description("  ").build())
        .hasMessageStartingWith("description:");
    assertThatThrownBy(() -> new FeeLine(FeeKind.FEE, "", "x", Money.vnd(1)))
        .hasMessageStartingWith("fee.code:");
  }

  @Test
  void generatesAFreshReferencePerAttempt() {
    assertThat(PaymentReference.generate()).isNotEqualTo(PaymentReference.generate());
    assertThat(PaymentReference.generate().value()).matches("[0-9a-f]{32}");
    assertThatThrownBy(() -> PaymentReference.of("a|b")).hasMessageStartingWith("reference:");
  }
}
