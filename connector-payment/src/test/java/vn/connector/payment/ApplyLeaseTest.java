package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/** A CONFIRM whose first copy overruns the APPLYING lease; time moves by the injected clock. */
class ApplyLeaseTest {

  private static final String SECRET = "callback-secret";

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.connector.payment.ConfirmVerifierTest#stores")
  void aHolderFailingAfterItsLeaseWasTakenOverDoesNotLetAThirdCopyApplyThePayment(
      String name, Supplier<PaymentStore> factory) throws Exception {
    PaymentStore store = factory.get();
    store.saveAttempt(
        new PaymentAttempt(
            PaymentReference.of("REF1"),
            TestRequests.DOSSIER,
            Money.vnd(50_000),
            Instant.EPOCH,
            PaymentState.PENDING));
    MutableClock clock = new MutableClock(Instant.parse("2024-11-15T08:05:00Z"));
    OverrunningListener listener = new OverrunningListener();
    ConfirmVerifier verifier =
        ConfirmVerifier.builder()
            .partnerCode("H22")
            .secret(Secret.of(SECRET))
            .store(store)
            .clock(clock)
            .onPaid(listener)
            .build();
    byte[] body = ConfirmVerifierTest.confirm("H22", "50000", SECRET);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      listener.first = pool.submit(() -> verifier.handle(body));
      assertThat(listener.firstEntered.await(10, TimeUnit.SECONDS)).isTrue();
      clock.advancePast(PaymentApplier.APPLY_LEASE);
      listener.thirdCopy = () -> verifier.handle(body);

      CallbackAnswer second = verifier.handle(body);

      assertThat(second.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
      assertThat(listener.first.get().outcome())
          .isEqualTo(
              new ConfirmOutcome.Refused(
                  RefusalReason.NOT_APPLIED, "the portal could not apply the payment"));
      assertThat(listener.third.get().outcome())
          .isEqualTo(
              new ConfirmOutcome.Refused(
                  RefusalReason.IN_PROGRESS, "the same payment is being applied right now"));
      assertThat(listener.calls).hasValue(2);
      assertThat(verifier.handle(body).outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * First call: waits until the second call lets it fail. Second call (the takeover): lets the
   * first fail, waits for its answer, then has a third copy handled while it is still applying.
   */
  private static final class OverrunningListener implements PaymentListener {
    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch firstEntered = new CountDownLatch(1);
    final CountDownLatch firstMayFail = new CountDownLatch(1);
    final AtomicReference<CallbackAnswer> third = new AtomicReference<>();
    volatile Future<CallbackAnswer> first;
    volatile Supplier<CallbackAnswer> thirdCopy;

    @Override
    public void onPaid(ConfirmOutcome.Applied payment) {
      int call = calls.incrementAndGet();
      try {
        if (call == 1) {
          firstEntered.countDown();
          firstMayFail.await(10, TimeUnit.SECONDS);
          throw new IllegalStateException("portal database down");
        }
        if (call == 2) {
          firstMayFail.countDown();
          first.get(10, TimeUnit.SECONDS);
          third.set(thirdCopy.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advancePast(Duration duration) {
      now.updateAndGet(t -> t.plus(duration).plusSeconds(1));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
