package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.connector.core.Money;
import vn.connector.payment.PaymentStore.ApplyMark;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

class PaymentStoreTest {

  private static final Instant T0 = Instant.parse("2024-11-15T08:00:00Z");

  static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  static Stream<Arguments> stores() {
    Supplier<PaymentStore> memory = PaymentStore::inMemory;
    Supplier<PaymentStore> jdbc = () -> PaymentStore.jdbc(h2());
    return Stream.of(Arguments.of("in memory", memory), Arguments.of("H2 over JDBC", jdbc));
  }

  private static PaymentAttempt attempt(String reference, long startedAtSecond) {
    return new PaymentAttempt(
        PaymentReference.of(reference),
        TestRequests.DOSSIER,
        Money.vnd(50_000),
        Instant.ofEpochSecond(startedAtSecond),
        PaymentState.PENDING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void twoConcurrentIdenticalConfirmsAreAppliedOnce(String name, Supplier<PaymentStore> factory)
      throws Exception {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-1");
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<Boolean> apply =
            () -> {
              gate.await();
              return store.beginApplying(reference, "GD-1", Instant.EPOCH, Instant.EPOCH)
                  == ApplyMark.NEW;
            };
        results.add(pool.submit(apply));
      }
      gate.countDown();
      int applied = 0;
      for (Future<Boolean> r : results) {
        applied += r.get() ? 1 : 0;
      }
      assertThat(applied).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void keepsAttemptsAndTheirStates(String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    store.saveAttempt(attempt("B", 20));
    store.saveAttempt(attempt("A", 10));
    store.updateState(PaymentReference.of("B"), PaymentState.PAID);

    assertThat(store.attempt(PaymentReference.of("A"))).contains(attempt("A", 10));
    assertThat(store.pendingAttempts()).extracting(a -> a.reference().value()).containsExactly("A");
    assertThatThrownBy(() -> store.saveAttempt(attempt("A", 30)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.attempt(PaymentReference.of("nope"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aMarkIsApplyingUntilFinishedThenApplied(String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-1");

    assertThat(store.beginApplying(reference, "GD-1", T0, T0)).isEqualTo(ApplyMark.NEW);
    assertThat(store.beginApplying(reference, "GD-1", T0, T0)).isEqualTo(ApplyMark.APPLYING);
    store.finishApplying(reference, "GD-1");
    assertThat(store.beginApplying(reference, "GD-1", T0, T0)).isEqualTo(ApplyMark.APPLIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void anAbandonedMarkMayBeAppliedAgainButAnAppliedOneIsNeverRemoved(
      String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-2");
    assertThat(store.beginApplying(reference, "GD-2", T0, T0)).isEqualTo(ApplyMark.NEW);
    store.abandonApplying(reference, "GD-2");
    assertThat(store.beginApplying(reference, "GD-2", T0, T0)).isEqualTo(ApplyMark.NEW);
    assertThat(store.beginApplying(reference, "GD-3", T0, T0)).isEqualTo(ApplyMark.NEW);

    store.finishApplying(reference, "GD-2");
    store.abandonApplying(reference, "GD-2");

    assertThat(store.beginApplying(reference, "GD-2", T0, T0)).isEqualTo(ApplyMark.APPLIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void anApplyingMarkOlderThanTheLeaseIsTakenOverOnce(String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-3");
    Instant later = T0.plusSeconds(3600);
    store.beginApplying(reference, "GD-1", T0, T0);

    assertThat(store.beginApplying(reference, "GD-1", later, T0)).isEqualTo(ApplyMark.APPLYING);
    assertThat(store.beginApplying(reference, "GD-1", later, T0.plusSeconds(1)))
        .isEqualTo(ApplyMark.NEW);
    assertThat(store.beginApplying(reference, "GD-1", later, T0.plusSeconds(1)))
        .isEqualTo(ApplyMark.APPLYING);
  }

  @Test
  void jdbcStoreCreatesItsSchemaOnceAndReusesIt() {
    JdbcDataSource ds = h2();
    PaymentStore.jdbc(ds).saveAttempt(attempt("KEEP", 1));

    assertThat(PaymentStore.jdbc(ds).attempt(PaymentReference.of("KEEP"))).isPresent();
  }
}
