package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

class ConfirmVerifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "callback-secret";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-11-15T08:05:00Z"), ZoneOffset.UTC);

  private final PaymentStore store = PaymentStore.inMemory();
  private final AtomicInteger applied = new AtomicInteger();

  ConfirmVerifierTest() {
    store.saveAttempt(
        new PaymentAttempt(
            PaymentReference.of("REF1"),
            TestRequests.DOSSIER,
            Money.vnd(50_000),
            Instant.EPOCH,
            PaymentState.PENDING));
  }

  private ConfirmVerifier verifier(PaymentListener listener) {
    return ConfirmVerifier.builder()
        .partnerCode("H22")
        .secret(Secret.of(SECRET))
        .store(store)
        .clock(CLOCK)
        .onPaid(listener)
        .timing(d -> {}, java.time.Duration.ofMinutes(3))
        .build();
  }

  static byte[] confirm(String partner, String amount, String secret) throws Exception {
    String sum =
        TestRequests.sha256Hex(
            "CONFIRM|00|"
                + partner
                + "|REF1|"
                + amount
                + "|VND|GD9|VCB|20241115150400|Le phi|"
                + secret);
    return ("{\"LoaiBanTin\":\"CONFIRM\",\"MaLoi\":\"00\",\"MaDoiTac\":\""
            + partner
            + "\",\"MaThamChieu\":\"REF1\","
            + "\"SoTien\":\""
            + amount
            + "\",\"MaTienTe\":\"VND\",\"MaGiaoDich\":\"GD9\",\"MaNganHang\":\"VCB\","
            + "\"ThoiGianGD\":\"20241115150400\",\"ThongTinGiaoDich\":\"Le phi\",\"MaXacThuc\":\""
            + sum
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void answersWithTheReceivedChecksumAndThePortalTime() throws Exception {
    byte[] body = confirm("H22", "50000", SECRET);

    CallbackAnswer answer = verifier(p -> applied.incrementAndGet()).handle(body);

    JsonNode a = JSON.readTree(answer.json());
    assertThat(a.path("MaLoi").asText()).isEqualTo("00");
    assertThat(a.path("MaThamChieu").asText()).isEqualTo("REF1");
    assertThat(a.path("MaDoiTac").asText()).isEqualTo("H22");
    assertThat(a.path("ThoiGianGD").asText()).isEqualTo("20241115150500");
    assertThat(a.path("MaXacThuc").asText())
        .isEqualTo(JSON.readTree(body).path("MaXacThuc").asText());
    assertThat(answer.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(applied).hasValue(1);
  }

  @Test
  void refusesAnotherPartnersMessage() throws Exception {
    CallbackAnswer answer =
        verifier(p -> applied.incrementAndGet()).handle(confirm("XX9", "50000", SECRET));

    assertThat(answer.outcome())
        .isEqualTo(
            new ConfirmOutcome.Refused(
                RefusalReason.WRONG_PARTNER, "MaDoiTac is not this portal's"));
    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
  }

  @Test
  void refusesAnUnreadableBodyWith99() throws Exception {
    CallbackAnswer answer = verifier(p -> {}).handle("not json".getBytes(StandardCharsets.UTF_8));

    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason())
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
  }

  @Test
  void refusesAFractionalAmountEvenWhenSigned() throws Exception {
    CallbackAnswer answer =
        verifier(p -> applied.incrementAndGet()).handle(confirm("H22", "50000.5", SECRET));

    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason())
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(applied).hasValue(0);
  }

  @Test
  void whenThePortalFailsToApplyItAnswers99AndAppliesTheRepeat() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConfirmVerifier verifier =
        verifier(
            p -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
              }
            });
    byte[] body = confirm("H22", "50000", SECRET);

    CallbackAnswer first = verifier.handle(body);
    CallbackAnswer second = verifier.handle(body);
    CallbackAnswer third = verifier.handle(body);

    assertThat(((ConfirmOutcome.Refused) first.outcome()).reason())
        .isEqualTo(RefusalReason.NOT_APPLIED);
    assertThat(second.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(third.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(calls).hasValue(2);
    assertThat(store.attempt(PaymentReference.of("REF1")).orElseThrow().state())
        .isEqualTo(PaymentState.PAID);
  }

  @Test
  void aStoreFailingBrieflyAfterTheListenerRanStillRecordsThePaymentAppliedOnce() throws Exception {
    FlakyStore flaky = new FlakyStore(store, 2);
    ConfirmVerifier verifier = verifier(flaky, p -> applied.incrementAndGet());
    byte[] body = confirm("H22", "50000", SECRET);

    CallbackAnswer first = verifier.handle(body);
    CallbackAnswer repeat = verifier.handle(body);

    assertThat(first.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(repeat.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(applied).hasValue(1);
    assertThat(store.attempt(PaymentReference.of("REF1")).orElseThrow().state())
        .isEqualTo(PaymentState.PAID);
  }

  @Test
  void whenTheStoreCannotRecordAnAppliedPaymentItAnswers99InsteadOfThrowing() throws Exception {
    FlakyStore flaky = new FlakyStore(store, Integer.MAX_VALUE);
    ConfirmVerifier verifier = verifier(flaky, p -> applied.incrementAndGet());

    CallbackAnswer answer = verifier.handle(confirm("H22", "50000", SECRET));

    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason())
        .isEqualTo(RefusalReason.NOT_RECORDED);
    assertThat(applied).hasValue(1);
    // Not lost: within the lease a repeat is not acknowledged, after it the listener runs again.
    assertThat(verifier.handle(confirm("H22", "50000", SECRET)).outcome())
        .isEqualTo(
            new ConfirmOutcome.Refused(
                RefusalReason.IN_PROGRESS, "the same payment is being applied right now"));
  }

  @Test
  void whenTheStoreIsDownItAnswers99InsteadOfThrowing() throws Exception {
    FlakyStore down = new FlakyStore(store, Integer.MAX_VALUE);
    down.attemptsDown = true;

    CallbackAnswer answer =
        verifier(down, p -> applied.incrementAndGet()).handle(confirm("H22", "50000", SECRET));

    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason())
        .isEqualTo(RefusalReason.NOT_APPLIED);
    assertThat(applied).hasValue(0);
  }

  private ConfirmVerifier verifier(PaymentStore on, PaymentListener listener) {
    return ConfirmVerifier.builder()
        .partnerCode("H22")
        .secret(Secret.of(SECRET))
        .store(on)
        .clock(CLOCK)
        .onPaid(listener)
        .timing(d -> {}, java.time.Duration.ofMinutes(3))
        .build();
  }

  /** A store whose database blips: finishApplying fails its first calls, attempt() when down. */
  private static final class FlakyStore implements PaymentStore {
    private final PaymentStore delegate;
    private final AtomicInteger finishFailures;
    volatile boolean attemptsDown;

    FlakyStore(PaymentStore delegate, int finishFailures) {
      this.delegate = delegate;
      this.finishFailures = new AtomicInteger(finishFailures);
    }

    private static IllegalStateException blip() {
      return new IllegalStateException("payment store: connection reset");
    }

    @Override
    public void saveAttempt(PaymentAttempt attempt) {
      delegate.saveAttempt(attempt);
    }

    @Override
    public Optional<PaymentAttempt> attempt(PaymentReference reference) {
      if (attemptsDown) {
        throw blip();
      }
      return delegate.attempt(reference);
    }

    @Override
    public void updateState(PaymentReference reference, PaymentState state) {
      delegate.updateState(reference, state);
    }

    @Override
    public List<PaymentAttempt> pendingAttempts() {
      return delegate.pendingAttempts();
    }

    @Override
    public ApplyMark beginApplying(
        PaymentReference reference, String transactionId, Instant at, Instant staleBefore) {
      return delegate.beginApplying(reference, transactionId, at, staleBefore);
    }

    @Override
    public boolean finishApplying(
        PaymentReference reference, String transactionId, Instant markedAt) {
      if (finishFailures.getAndDecrement() > 0) {
        throw blip();
      }
      return delegate.finishApplying(reference, transactionId, markedAt);
    }

    @Override
    public boolean abandonApplying(
        PaymentReference reference, String transactionId, Instant markedAt) {
      return delegate.abandonApplying(reference, transactionId, markedAt);
    }
  }

  static Stream<Arguments> stores() {
    Supplier<PaymentStore> memory = PaymentStore::inMemory;
    Supplier<PaymentStore> h2 = () -> PaymentStore.jdbc(PaymentStoreTest.h2());
    return Stream.of(Arguments.of("in memory", memory), Arguments.of("H2 over JDBC", h2));
  }

  /** A listener that, on its first call, tells it started and waits for the test before ending. */
  private static final class BlockingListener implements PaymentListener {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    private final boolean firstFails;

    BlockingListener(boolean firstFails) {
      this.firstFails = firstFails;
    }

    @Override
    public void onPaid(ConfirmOutcome.Applied payment) {
      if (calls.incrementAndGet() == 1) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (firstFails) {
          throw new IllegalStateException("database down");
        }
      }
      completed.incrementAndGet();
    }
  }

  /** The first copy of a CONFIRM, held inside the listener, and a second copy handled meanwhile. */
  private record Race(
      ConfirmVerifier verifier, Future<CallbackAnswer> first, CallbackAnswer duplicate) {}

  private static Race duplicateWhileTheFirstCopyIsApplying(
      PaymentStore on, BlockingListener listener, ExecutorService pool) throws Exception {
    on.saveAttempt(
        new PaymentAttempt(
            PaymentReference.of("REF1"),
            TestRequests.DOSSIER,
            Money.vnd(50_000),
            Instant.EPOCH,
            PaymentState.PENDING));
    ConfirmVerifier verifier =
        ConfirmVerifier.builder()
            .partnerCode("H22")
            .secret(Secret.of(SECRET))
            .store(on)
            .clock(CLOCK)
            .onPaid(listener)
            .build();
    byte[] body = confirm("H22", "50000", SECRET);
    Future<CallbackAnswer> first = pool.submit(() -> verifier.handle(body));
    assertThat(listener.entered.await(10, TimeUnit.SECONDS)).isTrue();
    return new Race(verifier, first, verifier.handle(body));
  }

  private static String code(CallbackAnswer answer) throws Exception {
    return JSON.readTree(answer.json()).path("MaLoi").asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aCopyArrivingWhileTheFirstFailsToApplyIsNotAcknowledgedSoThePaymentIsNotLost(
      String name, Supplier<PaymentStore> factory) throws Exception {
    PaymentStore on = factory.get();
    BlockingListener listener = new BlockingListener(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Race race = duplicateWhileTheFirstCopyIsApplying(on, listener, pool);
      listener.release.countDown();
      CallbackAnswer failed = race.first().get(10, TimeUnit.SECONDS);
      CallbackAnswer repeat = race.verifier().handle(confirm("H22", "50000", SECRET));

      assertThat(code(race.duplicate())).isEqualTo("99");
      assertThat(((ConfirmOutcome.Refused) race.duplicate().outcome()).reason())
          .isEqualTo(RefusalReason.IN_PROGRESS);
      assertThat(code(failed)).isEqualTo("99");
      assertThat(repeat.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
      assertThat(code(repeat)).isEqualTo("00");
      assertThat(listener.completed).hasValue(1);
      assertThat(on.attempt(PaymentReference.of("REF1")).orElseThrow().state())
          .isEqualTo(PaymentState.PAID);
    } finally {
      listener.release.countDown();
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aCopyArrivingWhileTheFirstIsApplyingIsAcknowledgedOnlyOnceItIsApplied(
      String name, Supplier<PaymentStore> factory) throws Exception {
    PaymentStore on = factory.get();
    BlockingListener listener = new BlockingListener(false);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Race race = duplicateWhileTheFirstCopyIsApplying(on, listener, pool);
      listener.release.countDown();
      CallbackAnswer applied = race.first().get(10, TimeUnit.SECONDS);
      CallbackAnswer repeat = race.verifier().handle(confirm("H22", "50000", SECRET));

      assertThat(code(race.duplicate())).isEqualTo("99");
      assertThat(applied.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
      assertThat(repeat.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
      assertThat(code(repeat)).isEqualTo("00");
      assertThat(listener.calls).hasValue(1);
    } finally {
      listener.release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void builderNamesWhatIsMissing() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ConfirmVerifier.builder().partnerCode("H22").store(store).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secret is required");
  }
}
