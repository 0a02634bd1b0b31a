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
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

class PaymentStoreTest {

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
    return new PaymentAttempt(PaymentReference.of(reference), TestRequests.DOSSIER, Money.vnd(50_000),
        Instant.ofEpochSecond(startedAtSecond), PaymentState.PENDING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void twoConcurrentIdenticalConfirmsAreAppliedOnce(String name, Supplier<PaymentStore> factory) throws Exception {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-1");
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<Boolean> apply = () -> {
          gate.await();
          return store.markApplied(reference, "GD-1", Instant.EPOCH);
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
    assertThatThrownBy(() -> store.saveAttempt(attempt("A", 30))).isInstanceOf(IllegalStateException.class);
    assertThat(store.attempt(PaymentReference.of("nope"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void anUnmarkedConfirmMayBeAppliedAgain(String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-2");
    assertThat(store.markApplied(reference, "GD-2", Instant.EPOCH)).isTrue();
    store.unmarkApplied(reference, "GD-2");
    assertThat(store.markApplied(reference, "GD-2", Instant.EPOCH)).isTrue();
    assertThat(store.markApplied(reference, "GD-3", Instant.EPOCH)).isTrue();
  }

  @Test
  void jdbcStoreCreatesItsSchemaOnceAndReusesIt() {
    JdbcDataSource ds = h2();
    PaymentStore.jdbc(ds).saveAttempt(attempt("KEEP", 1));

    assertThat(PaymentStore.jdbc(ds).attempt(PaymentReference.of("KEEP"))).isPresent();
  }
}
