package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.ServiceException;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.StartedPayment;
import vn.connector.testkit.payment.ConfirmFault;
import vn.connector.testkit.payment.Delivery;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.payment.PaymentSimulatorExtension;

@ExtendWith(PaymentSimulatorExtension.class)
class PayGovTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final URI RETURN = URI.create("https://dvc.example.gov.vn/thanh-toan/ket-qua");

  private final AtomicInteger applied = new AtomicInteger();

  private String payThrough(
      PaymentPlatformSimulator simulator, boolean beneficiary, ConfirmFault... faults)
      throws Exception {
    try (PaymentClient client =
            PaymentSimulatorExtension.payGovClientFor(simulator, RETURN, beneficiary)
                .onPaid(p -> applied.incrementAndGet())
                .build();
        PortalCallback callback = new PortalCallback(client.confirmVerifier())) {
      simulator.registerCallback(callback.url()).confirmRetries(2, Duration.ofMillis(20));
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      assertThat(started.paymentUrl().getPath()).isEqualTo("/pay/" + started.reference().value());

      simulator.pay(started.reference().value(), faults);
      assertThat(simulator.awaitDelivery(started.reference().value(), WAIT)).isTrue();
      outcomes = callback.outcomes;
      return started.reference().value();
    }
  }

  private java.util.List<ConfirmOutcome> outcomes;

  @Test
  void paysThroughPayGovBehindLgspAuth(PaymentPlatformSimulator simulator) throws Exception {
    String reference = payThrough(simulator, false);

    assertThat(applied).hasValue(1);
    assertThat(simulator.deliveries(reference))
        .extracting(Delivery::answerCode)
        .containsExactly("SUCCESSFUL");
  }

  @Test
  void paysThroughTheBeneficiaryVariant(PaymentPlatformSimulator simulator) throws Exception {
    payThrough(simulator, true);

    // The simulator refuses a beneficiary request that carries checksum, accessKey or serviceCode.
    assertThat(applied).hasValue(1);
  }

  @Test
  void answersSignatureWrongToATamperedCallback(PaymentPlatformSimulator simulator)
      throws Exception {
    String reference = payThrough(simulator, false, ConfirmFault.WRONG_CHECKSUM);

    assertThat(applied).hasValue(0);
    assertThat(simulator.deliveries(reference))
        .extracting(Delivery::answerCode)
        .containsOnly("SIGNATURE_WRONG");
  }

  @Test
  void answersFailedToAnotherAmount(PaymentPlatformSimulator simulator) throws Exception {
    String reference = payThrough(simulator, false, ConfirmFault.AMOUNT_CHANGED);

    assertThat(applied).hasValue(0);
    assertThat(simulator.deliveries(reference))
        .extracting(Delivery::answerCode)
        .containsOnly("FAILED");
    assertThat(outcomes)
        .allMatch(o -> ((ConfirmOutcome.Refused) o).reason() == RefusalReason.AMOUNT_MISMATCH);
  }

  @Test
  void appliesARepeatedCallbackOnce(PaymentPlatformSimulator simulator) throws Exception {
    payThrough(simulator, false, ConfirmFault.DUPLICATE);

    assertThat(applied).hasValue(1);
  }

  @Test
  void isRefusedWithoutLgspAuth(PaymentPlatformSimulator simulator) {
    try (PaymentClient client =
        PaymentSimulatorExtension.payGovClientFor(simulator, RETURN, false)
            .auth(vn.connector.core.Auth.none())
            .build()) {
      assertThatThrownBy(() -> client.start(Requests.CONTEXT, Requests.fee()))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    }
  }

  @Test
  void offersNoStatusQuery(PaymentPlatformSimulator simulator) {
    try (PaymentClient client =
        PaymentSimulatorExtension.payGovClientFor(simulator, RETURN, false).build()) {
      assertThatThrownBy(() -> client.status(vn.connector.payment.model.PaymentReference.of("x")))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageStartingWith("status:");
    }
  }
}
