package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.ServiceException;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.ReconciliationReport;
import vn.connector.payment.model.ReconciliationReport.Result;
import vn.connector.payment.model.StartedPayment;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.payment.ConfirmFault;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.payment.PaymentSimulatorExtension;

@ExtendWith(PaymentSimulatorExtension.class)
class ReconciliationTest {

  private final AtomicInteger applied = new AtomicInteger();

  /** A client whose listener counts what it applies: none of these attempts may reach it. */
  private PaymentClient client(PaymentPlatformSimulator simulator) {
    return PaymentSimulatorExtension.clientFor(simulator)
        .onPaid(paid -> applied.incrementAndGet())
        .build();
  }

  @Test
  void anInitThatNeverArrivedIsReportedFailed(PaymentPlatformSimulator simulator) {
    try (PaymentClient client = client(simulator)) {
      simulator
          .faults()
          .next(
              SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)),
              SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)),
              SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));
      assertThatThrownBy(() -> client.start(Requests.CONTEXT, Requests.fee()))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.isRetryable()).isTrue());
      PaymentAttempt pending = client.store().pendingAttempts().get(0);

      ReconciliationReport report = client.reconcile();

      assertThat(report.entries())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.attempt().reference()).isEqualTo(pending.reference());
                assertThat(e.result()).isEqualTo(Result.FAILED);
              });
      assertThat(client.store().attempt(pending.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.FAILED);
    }
  }

  @Test
  void aPaymentOfAnotherAmountIsReportedAsMismatchAndNotMarkedPaid(
      PaymentPlatformSimulator simulator) {
    try (PaymentClient client = client(simulator)) {
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      simulator.registerCallback(java.net.URI.create("http://127.0.0.1:9/unused"));
      simulator.pay(started.reference().value(), ConfirmFault.AMOUNT_CHANGED, ConfirmFault.LATE);

      ReconciliationReport report = client.reconcile();

      assertThat(report.withResult(Result.AMOUNT_MISMATCH))
          .singleElement()
          .satisfies(e -> assertThat(e.detail()).contains("51000").contains("50000"));
      assertThat(client.store().attempt(started.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.PENDING);
      assertThat(applied).hasValue(0);
    }
  }

  @Test
  void aPlatformThatCannotBeReachedLeavesTheAttemptPendingAsUnknown(
      PaymentPlatformSimulator simulator) {
    try (PaymentClient client = client(simulator)) {
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      simulator
          .faults()
          .next(
              SimulatorFault.connectionReset(),
              SimulatorFault.connectionReset(),
              SimulatorFault.connectionReset());

      ReconciliationReport report = client.reconcile();

      assertThat(report.withResult(Result.UNKNOWN))
          .extracting(e -> e.attempt().reference())
          .containsExactly(started.reference());
      assertThat(client.store().pendingAttempts()).hasSize(1);
    }
  }

  @Test
  void aPaymentWhoseListenerFailedIsReportedAsNotAppliedAndAppliedByTheNextRun(
      PaymentPlatformSimulator simulator) {
    AtomicInteger calls = new AtomicInteger();
    try (PaymentClient client =
        PaymentSimulatorExtension.clientFor(simulator)
            .onPaid(
                paid -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("portal database down");
                  }
                })
            .build()) {
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      simulator.registerCallback(java.net.URI.create("http://127.0.0.1:9/unused"));
      simulator.pay(started.reference().value(), ConfirmFault.LATE);

      assertThat(client.reconcile().entries())
          .singleElement()
          .extracting(ReconciliationReport.Entry::result)
          .isEqualTo(Result.PAID_NOT_APPLIED);
      assertThat(client.reconcile().entries())
          .singleElement()
          .extracting(ReconciliationReport.Entry::result)
          .isEqualTo(Result.PAID);
      assertThat(calls).hasValue(2);
    }
  }

  @Test
  void aStoreFailureForOneAttemptIsReportedAndTheOthersAreSettled(
      PaymentPlatformSimulator simulator) {
    PaymentStore memory = PaymentStore.inMemory();
    java.util.Set<String> broken = java.util.concurrent.ConcurrentHashMap.newKeySet();
    PaymentStore store =
        (PaymentStore)
            java.lang.reflect.Proxy.newProxyInstance(
                PaymentStore.class.getClassLoader(),
                new Class<?>[] {PaymentStore.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("beginApplying")
                      && broken.contains(args[0].toString())) {
                    throw new IllegalStateException("payment store: connection reset");
                  }
                  try {
                    return method.invoke(memory, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    try (PaymentClient client =
        PaymentSimulatorExtension.clientFor(simulator)
            .store(store)
            .onPaid(paid -> applied.incrementAndGet())
            .build()) {
      StartedPayment first = client.start(Requests.CONTEXT, Requests.fee());
      StartedPayment second = client.start(Requests.CONTEXT, Requests.fee());
      simulator.registerCallback(java.net.URI.create("http://127.0.0.1:9/unused"));
      simulator.pay(first.reference().value(), ConfirmFault.LATE);
      simulator.pay(second.reference().value(), ConfirmFault.LATE);
      broken.add(first.reference().toString());

      ReconciliationReport report = client.reconcile();

      assertThat(report.withResult(Result.UNKNOWN))
          .extracting(e -> e.attempt().reference())
          .containsExactly(first.reference());
      assertThat(report.withResult(Result.PAID))
          .extracting(e -> e.attempt().reference())
          .containsExactly(second.reference());
      assertThat(applied).hasValue(1);
    }
  }

  @Test
  void aFailedAttemptThatIsPaidLaterIsQueriedAgainAndApplied(PaymentPlatformSimulator simulator) {
    try (PaymentClient client = client(simulator)) {
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      client.store().updateState(started.reference(), PaymentState.FAILED);
      simulator.registerCallback(java.net.URI.create("http://127.0.0.1:9/unused"));
      simulator.pay(started.reference().value(), ConfirmFault.LATE);

      ReconciliationReport report = client.reconcile();

      assertThat(report.withResult(Result.PAID))
          .extracting(e -> e.attempt().reference())
          .containsExactly(started.reference());
      assertThat(applied).hasValue(1);
      assertThat(client.store().attempt(started.reference()).orElseThrow().state())
          .isEqualTo(PaymentState.PAID);
    }
  }
}
