package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.Receipt;
import vn.connector.payment.model.ReconciliationReport;
import vn.connector.payment.model.StartedPayment;
import vn.connector.testkit.payment.ConfirmFault;
import vn.connector.testkit.payment.Delivery;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.payment.PaymentSimulatorExtension;

@ExtendWith(PaymentSimulatorExtension.class)
class ConfirmCallbackTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  static Stream<Arguments> stores() {
    Supplier<PaymentStore> memory = PaymentStore::inMemory;
    Supplier<PaymentStore> h2 =
        () -> {
          JdbcDataSource ds = new JdbcDataSource();
          ds.setURL("jdbc:h2:mem:payment-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
          return PaymentStore.jdbc(ds);
        };
    return Stream.of(Arguments.of("in memory", memory), Arguments.of("H2 over JDBC", h2));
  }

  /**
   * A client on {@code store} and the portal's callback endpoint, registered with the simulator.
   */
  private static Portal portal(PaymentPlatformSimulator simulator, PaymentStore store) {
    AtomicInteger applied = new AtomicInteger();
    PaymentClient client =
        PaymentSimulatorExtension.clientFor(simulator)
            .store(store)
            .onPaid(paid -> applied.incrementAndGet())
            .build();
    PortalCallback callback = new PortalCallback(client.confirmVerifier());
    simulator.registerCallback(callback.url()).confirmRetries(3, Duration.ofMillis(20));
    return new Portal(client, callback, applied);
  }

  private record Portal(PaymentClient client, PortalCallback callback, AtomicInteger applied)
      implements AutoCloseable {
    @Override
    public void close() {
      callback.close();
      client.close();
    }
  }

  @Test
  void paysADossierFeeEndToEnd(PaymentPlatformSimulator simulator, @TempDir Path dir)
      throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory())) {
      StartedPayment started = p.client().start(Requests.CONTEXT, Requests.fee());

      simulator.pay(started.reference().value());
      assertThat(simulator.awaitDelivery(started.reference().value(), WAIT)).isTrue();

      assertThat(p.applied()).hasValue(1);
      ConfirmOutcome.Applied paid = p.callback().outcomes(ConfirmOutcome.Applied.class).get(0);
      assertThat(paid.reference()).isEqualTo(started.reference());
      assertThat(paid.dossier()).isEqualTo(Requests.DOSSIER);
      assertThat(paid.amount().amount()).isEqualTo(50_000);
      assertThat(p.client().store().attempt(started.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.PAID);
      assertThat(p.client().status(started.reference()).state()).isEqualTo(PaymentState.PAID);
      Receipt receipt = p.client().receipt(Requests.CONTEXT, started.reference());
      Path file = receipt.writeTo(dir.resolve("bien-lai.pdf"));
      assertThat(
              new String(
                  Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void appliesARepeatedConfirmOnce(
      String name, Supplier<PaymentStore> store, PaymentPlatformSimulator simulator)
      throws Exception {
    try (Portal p = portal(simulator, store.get())) {
      String reference = p.client().start(Requests.CONTEXT, Requests.fee()).reference().value();

      // A copy answered 99 (the other still APPLYING) is repeated; leave it room for a slow store
      // on a loaded machine, as the platform's own schedule of repeats does.
      simulator.confirmRetries(40, Duration.ofMillis(100));
      simulator.pay(reference, ConfirmFault.DUPLICATE);
      assertThat(simulator.awaitDelivery(reference, WAIT)).isTrue();

      assertThat(p.applied()).hasValue(1);
      assertThat(p.callback().outcomes(ConfirmOutcome.Applied.class)).hasSize(1);
      assertThat(p.callback().outcomes(ConfirmOutcome.AlreadyApplied.class)).hasSize(1);
      // The copies arrive at once: one may find the other still APPLYING, get 99 and be repeated.
      assertThat(simulator.deliveries(reference)).filteredOn(Delivery::acknowledged).hasSize(2);
    }
  }

  @Test
  void refusesATamperedChecksumWith99AndNeverMarksPaid(PaymentPlatformSimulator simulator)
      throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory())) {
      PaymentReference started = p.client().start(Requests.CONTEXT, Requests.fee()).reference();
      String reference = started.value();

      simulator.pay(reference, ConfirmFault.WRONG_CHECKSUM);
      assertThat(simulator.awaitDelivery(reference, WAIT)).isTrue();

      List<Delivery> deliveries = simulator.deliveries(reference);
      assertThat(deliveries).hasSize(3).allMatch(d -> d.answerCode().equals("99"));
      assertThat(deliveries).allMatch(d -> d.answerChecksum().equals(d.sentChecksum()));
      assertThat(p.applied()).hasValue(0);
      assertThat(p.callback().outcomes(ConfirmOutcome.Refused.class))
          .allMatch(r -> r.reason() == RefusalReason.BAD_CHECKSUM);
      assertThat(p.client().store().attempt(started).orElseThrow().state())
          .isEqualTo(PaymentState.PENDING);
    }
  }

  @Test
  void refusesAnAmountOtherThanAsked(PaymentPlatformSimulator simulator) throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory())) {
      String reference = p.client().start(Requests.CONTEXT, Requests.fee()).reference().value();

      simulator.pay(reference, ConfirmFault.AMOUNT_CHANGED);
      assertThat(simulator.awaitDelivery(reference, WAIT)).isTrue();

      assertThat(simulator.deliveries(reference)).noneMatch(Delivery::acknowledged);
      assertThat(p.applied()).hasValue(0);
      assertThat(p.callback().outcomes(ConfirmOutcome.Refused.class))
          .isNotEmpty()
          .allMatch(r -> r.reason() == RefusalReason.AMOUNT_MISMATCH);
    }
  }

  @Test
  void acceptsSoTienAsAJsonNumber(PaymentPlatformSimulator simulator) throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory())) {
      String reference = p.client().start(Requests.CONTEXT, Requests.fee()).reference().value();

      simulator.pay(reference, ConfirmFault.AMOUNT_AS_NUMBER);
      assertThat(simulator.awaitDelivery(reference, WAIT)).isTrue();

      assertThat(p.applied()).hasValue(1);
    }
  }

  @Test
  void aDeclinedPaymentIsAcknowledgedAndMarkedFailed(PaymentPlatformSimulator simulator)
      throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory())) {
      StartedPayment started = p.client().start(Requests.CONTEXT, Requests.fee());

      simulator.decline(started.reference().value());
      assertThat(simulator.awaitDelivery(started.reference().value(), WAIT)).isTrue();

      assertThat(p.applied()).hasValue(0);
      assertThat(p.callback().outcomes(ConfirmOutcome.NotPaid.class)).hasSize(1);
      assertThat(p.client().store().attempt(started.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.FAILED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void reconciliationAppliesALatePaymentThroughTheListenerAndTheLateConfirmDoesNotApplyItAgain(
      String name, Supplier<PaymentStore> store, PaymentPlatformSimulator simulator)
      throws Exception {
    try (Portal p = portal(simulator, store.get())) {
      StartedPayment paid = p.client().start(Requests.CONTEXT, Requests.fee());
      StartedPayment waiting = p.client().start(Requests.CONTEXT, Requests.fee());
      simulator.pay(paid.reference().value(), ConfirmFault.LATE);

      ReconciliationReport report = p.client().reconcile();

      assertThat(report.withResult(ReconciliationReport.Result.PAID))
          .extracting(e -> e.attempt().reference())
          .containsExactly(paid.reference());
      assertThat(report.withResult(ReconciliationReport.Result.PENDING))
          .extracting(e -> e.attempt().reference())
          .containsExactly(waiting.reference());
      assertThat(p.applied()).hasValue(1);
      assertThat(p.client().store().attempt(paid.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.PAID);

      simulator.releaseLate(paid.reference().value());
      assertThat(simulator.awaitDelivery(paid.reference().value(), WAIT)).isTrue();
      assertThat(p.applied()).hasValue(1);
      assertThat(p.callback().outcomes(ConfirmOutcome.AlreadyApplied.class)).hasSize(1);
      assertThat(simulator.deliveries(paid.reference().value())).allMatch(Delivery::acknowledged);
      assertThat(p.client().reconcile().entries())
          .extracting(e -> e.attempt().reference())
          .containsExactly(waiting.reference());
      assertThat(p.applied()).hasValue(1);
    }
  }

  @Test
  void reconciliationWhoseListenerFailsLeavesThePaymentForTheConfirmToApply(
      PaymentPlatformSimulator simulator) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (PaymentClient client =
            PaymentSimulatorExtension.clientFor(simulator)
                .onPaid(
                    paid -> {
                      if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                      }
                    })
                .build();
        PortalCallback callback = new PortalCallback(client.confirmVerifier())) {
      simulator.registerCallback(callback.url()).confirmRetries(3, Duration.ofMillis(20));
      StartedPayment paid = client.start(Requests.CONTEXT, Requests.fee());
      simulator.pay(paid.reference().value(), ConfirmFault.LATE);

      ReconciliationReport report = client.reconcile();
      simulator.releaseLate(paid.reference().value());
      assertThat(simulator.awaitDelivery(paid.reference().value(), WAIT)).isTrue();

      // Not PAID: the portal has not acted on it yet (issue 9).
      assertThat(report.withResult(ReconciliationReport.Result.PAID_NOT_APPLIED))
          .singleElement()
          .satisfies(e -> assertThat(e.detail()).contains("listener failed"));
      assertThat(callback.outcomes(ConfirmOutcome.Applied.class)).hasSize(1);
      assertThat(calls).hasValue(2);
      assertThat(client.store().attempt(paid.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.PAID);
    }
  }

  @Test
  void aClientWithoutAListenerRefusesToReconcileOrVerify(PaymentPlatformSimulator simulator) {
    try (PaymentClient client = PaymentSimulatorExtension.clientFor(simulator).build()) {
      assertThatThrownBy(client::reconcile)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("onPaid is required");
      assertThatThrownBy(client::confirmVerifier)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("onPaid is required");
    }
  }

  @Test
  void refusesAConfirmForAReferenceThePortalNeverStarted(PaymentPlatformSimulator simulator)
      throws Exception {
    try (Portal p = portal(simulator, PaymentStore.inMemory());
        PaymentClient other =
            PaymentSimulatorExtension.clientFor(simulator).onPaid(paid -> {}).build()) {
      String foreign = other.start(Requests.CONTEXT, Requests.fee()).reference().value();

      simulator.pay(foreign);
      assertThat(simulator.awaitDelivery(foreign, WAIT)).isTrue();

      assertThat(simulator.deliveries(foreign)).allMatch(d -> d.answerCode().equals("99"));
      assertThat(p.callback().outcomes(ConfirmOutcome.Refused.class))
          .allMatch(r -> r.reason() == RefusalReason.UNKNOWN_REFERENCE);
    }
  }
}
