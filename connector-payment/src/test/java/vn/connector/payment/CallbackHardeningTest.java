package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/** Issue 17's callback items and issue 9's lease and backoff defects, each once failing. */
class CallbackHardeningTest {

  private final MovingClock clock = new MovingClock();
  private final PaymentStore store = PaymentStore.inMemory();
  private final AtomicInteger applied = new AtomicInteger();
  private final List<Duration> sleeps = new ArrayList<>();

  CallbackHardeningTest() {
    store.saveAttempt(
        new PaymentAttempt(
            PaymentReference.of("REF1"),
            TestRequests.DOSSIER,
            Money.vnd(50_000),
            Instant.EPOCH,
            PaymentState.PENDING));
  }

  private ConfirmVerifier verifier(PaymentStore on, PaymentListener listener, Duration renew) {
    return ConfirmVerifier.builder()
        .partnerCode("H22")
        .secret(Secret.of("callback-secret"))
        .store(on)
        .clock(clock)
        .onPaid(listener)
        .timing(sleeps::add, renew)
        .build();
  }

  private ConfirmVerifier verifier(PaymentListener listener) {
    return verifier(store, listener, Duration.ofMinutes(3));
  }

  private static byte[] good() throws Exception {
    return StoreOnDatabasesTest.confirm("GD9");
  }

  private static RefusalReason refusal(CallbackAnswer answer) {
    assertThat(answer.outcome()).isInstanceOf(ConfirmOutcome.Refused.class);
    return ((ConfirmOutcome.Refused) answer.outcome()).reason();
  }

  @Test
  void refusesToBuildAVerifierWithoutAListener() {
    assertThatThrownBy(
            () ->
                ConfirmVerifier.builder()
                    .partnerCode("H22")
                    .secret(Secret.of("callback-secret"))
                    .store(store)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("onPaid is required");
  }

  @Test
  void anErrorFromTheListenerIsAnswered99AndTheRepeatAppliesThePayment() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConfirmVerifier verifier =
        verifier(
            p -> {
              if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("portal bug");
              }
            });

    assertThat(refusal(verifier.handle(good()))).isEqualTo(RefusalReason.NOT_APPLIED);
    assertThat(verifier.handle(good()).outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aCheckedExceptionThrownSneakilyDoesNotEscapeNorLeaveThePaymentApplying() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConfirmVerifier verifier =
        verifier(
            p -> {
              if (calls.incrementAndGet() == 1) {
                CallbackHardeningTest.<RuntimeException>sneaky(new IOException("disk full"));
              }
            });

    assertThat(refusal(verifier.handle(good()))).isEqualTo(RefusalReason.NOT_APPLIED);
    assertThat(verifier.handle(good()).outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void refusesAConfirmWithContentAfterItsObjectOrASecondObject() throws Exception {
    ConfirmVerifier verifier = verifier(p -> applied.incrementAndGet());
    String body = new String(good(), StandardCharsets.UTF_8);

    assertThat(refusal(verifier.handle((body + "garbage").getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(refusal(verifier.handle((body + body).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(applied).hasValue(0);
  }

  @Test
  void refusesABodyThatIsNotUtf8() throws Exception {
    ConfirmVerifier verifier = verifier(p -> applied.incrementAndGet());
    String body = new String(good(), StandardCharsets.UTF_8).replace("Le phi", "Lệ phí");

    assertThat(refusal(verifier.handle(body.getBytes(StandardCharsets.UTF_16LE))))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(applied).hasValue(0);
  }

  @Test
  void refusesAnOversizedBodyBeforeParsingIt() throws Exception {
    ConfirmVerifier verifier = verifier(p -> applied.incrementAndGet());
    String body = new String(good(), StandardCharsets.UTF_8);
    // Signed fields intact: only the size tells it apart from a good CONFIRM.
    String padded = body.replace("{", "{\"x\":\"" + "a".repeat(70_000) + "\",");

    CallbackAnswer answer = verifier.handle(padded.getBytes(StandardCharsets.UTF_8));

    assertThat(refusal(answer)).isEqualTo(RefusalReason.MALFORMED);
    assertThat(((ConfirmOutcome.Refused) answer.outcome()).detail()).contains("larger than");
    assertThat(applied).hasValue(0);
  }

  @Test
  void threeStoreFailuresInARowAreRetriedWithBackoffAndApplyThePaymentOnce() throws Exception {
    FailingFinish flaky = new FailingFinish(store, 3);
    ConfirmVerifier verifier =
        verifier(flaky, p -> applied.incrementAndGet(), Duration.ofMinutes(3));

    CallbackAnswer first = verifier.handle(good());
    clock.advance(PaymentApplier.APPLY_LEASE.plusMinutes(1));
    CallbackAnswer repeat = verifier.handle(good());

    assertThat(first.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(repeat.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(applied).hasValue(1);
    assertThat(sleeps).hasSize(3).allMatch(d -> d.compareTo(Duration.ofMillis(100)) >= 0);
    assertThat(sleeps.get(2)).isGreaterThan(sleeps.get(0));
  }

  @Test
  void aListenerRunningLongerThanTheLeaseKeepsItsMarkAndRunsOnce() throws Exception {
    RenewalCounter counting = new RenewalCounter(store);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ConfirmVerifier verifier =
        verifier(
            counting,
            p -> {
              applied.incrementAndGet();
              for (int i = 1; i <= 4; i++) {
                clock.advance(Duration.ofMinutes(4));
                counting.awaitRenewals(i);
              }
              inside.countDown();
              await(release);
            },
            Duration.ofMillis(5));

    CompletableFuture<CallbackAnswer> first =
        CompletableFuture.supplyAsync(() -> verifier.handle(StoreOnDatabasesTest.confirmOf("GD9")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    CallbackAnswer copy = verifier.handle(good());
    release.countDown();

    assertThat(refusal(copy))
        .as("16 min in: still the first holder's")
        .isEqualTo(RefusalReason.IN_PROGRESS);
    assertThat(first.get(10, TimeUnit.SECONDS).outcome())
        .isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(applied).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A store whose finishApplying fails its first {@code failures} calls. */
  private static final class FailingFinish extends DelegatingStore {
    private final AtomicInteger failures;

    FailingFinish(PaymentStore delegate, int failures) {
      super(delegate);
      this.failures = new AtomicInteger(failures);
    }

    @Override
    public boolean finishApplying(
        PaymentReference reference, String transactionId, Instant markedAt) {
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("payment store: connection reset");
      }
      return super.finishApplying(reference, transactionId, markedAt);
    }
  }

  /** Counts successful lease renewals, so the test moves the clock only after each. */
  private static final class RenewalCounter extends DelegatingStore {
    private final AtomicInteger renewals = new AtomicInteger();

    RenewalCounter(PaymentStore delegate) {
      super(delegate);
    }

    @Override
    public boolean renewApplying(
        PaymentReference reference, String transactionId, Instant markedAt, Instant renewedAt) {
      boolean renewed = super.renewApplying(reference, transactionId, markedAt, renewedAt);
      if (renewed) {
        renewals.incrementAndGet();
      }
      return renewed;
    }

    void awaitRenewals(int n) {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (renewals.get() < n && System.nanoTime() < until) {
        Thread.onSpinWait();
      }
    }
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2024-11-15T08:05:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
