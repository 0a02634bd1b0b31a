package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import javax.sql.DataSource;
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
    assertThat(store.finishApplying(reference, "GD-1", T0)).isTrue();
    assertThat(store.beginApplying(reference, "GD-1", T0, T0)).isEqualTo(ApplyMark.APPLIED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void anAbandonedMarkMayBeAppliedAgainButAnAppliedOneIsNeverRemoved(
      String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-2");
    assertThat(store.beginApplying(reference, "GD-2", T0, T0)).isEqualTo(ApplyMark.NEW);
    assertThat(store.abandonApplying(reference, "GD-2", T0)).isTrue();
    assertThat(store.beginApplying(reference, "GD-2", T0, T0)).isEqualTo(ApplyMark.NEW);
    assertThat(store.beginApplying(reference, "GD-3", T0, T0)).isEqualTo(ApplyMark.NEW);

    assertThat(store.finishApplying(reference, "GD-2", T0)).isTrue();
    assertThat(store.abandonApplying(reference, "GD-2", T0)).isFalse();

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aHolderOverrunningTheLeaseCannotEndTheMarkOfTheCallerWhoTookItOver(
      String name, Supplier<PaymentStore> factory) {
    PaymentStore store = factory.get();
    PaymentReference reference = PaymentReference.of("REF-4");
    Instant takeOver = T0.plus(PaymentApplier.APPLY_LEASE).plusSeconds(1);
    Instant staleBefore = takeOver.minus(PaymentApplier.APPLY_LEASE);
    assertThat(store.beginApplying(reference, "GD-1", T0, T0)).isEqualTo(ApplyMark.NEW);
    assertThat(store.beginApplying(reference, "GD-1", takeOver, staleBefore))
        .isEqualTo(ApplyMark.NEW);

    // The first holder comes back late: its failure must not free the second holder's mark, so a
    // third caller must not apply the payment while the second is still applying it.
    assertThat(store.abandonApplying(reference, "GD-1", T0)).isFalse();
    assertThat(store.beginApplying(reference, "GD-1", takeOver, staleBefore))
        .isEqualTo(ApplyMark.APPLYING);
    assertThat(store.finishApplying(reference, "GD-1", T0)).isFalse();
    assertThat(store.beginApplying(reference, "GD-1", takeOver, staleBefore))
        .isEqualTo(ApplyMark.APPLYING);

    assertThat(store.finishApplying(reference, "GD-1", takeOver)).isTrue();
    assertThat(store.beginApplying(reference, "GD-1", takeOver, staleBefore))
        .isEqualTo(ApplyMark.APPLIED);
  }

  @Test
  void jdbcStoreCreatesItsSchemaOnceAndReusesIt() {
    JdbcDataSource ds = h2();
    PaymentStore.jdbc(ds).saveAttempt(attempt("KEEP", 1));

    assertThat(PaymentStore.jdbc(ds).attempt(PaymentReference.of("KEEP"))).isPresent();
  }

  @Test
  void jdbcStoreCreatesTheTableThatIsMissingWhenTheOtherExists() throws Exception {
    JdbcDataSource ds = h2();
    execute(ds, JdbcSchema.statements().get(0));

    PaymentStore store = PaymentStore.jdbc(ds);

    store.saveAttempt(attempt("ONE", 1));
    assertThat(store.beginApplying(PaymentReference.of("ONE"), "GD-1", T0, T0))
        .isEqualTo(ApplyMark.NEW);
  }

  @Test
  void jdbcStoreRefusesAConfirmationTableOfThePreviousShapeNamingTheMigration() throws Exception {
    JdbcDataSource ds = h2();
    execute(ds, JdbcSchema.statements().get(0));
    execute(
        ds,
        "CREATE TABLE payment_confirmation (reference VARCHAR(64) NOT NULL, transaction_id"
            + " VARCHAR(100) NOT NULL, applied_at_ms BIGINT NOT NULL, PRIMARY KEY (reference,"
            + " transaction_id))");

    assertThatThrownBy(() -> PaymentStore.jdbc(ds))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("payment_confirmation")
        .hasMessageContaining("payment-store.sql")
        .hasMessageContaining("ALTER TABLE");
  }

  @Test
  void theDocumentedMigrationTurnsAPreviousTableIntoOneWhoseRowsAreApplied() throws Exception {
    JdbcDataSource ds = h2();
    execute(ds, JdbcSchema.statements().get(0));
    execute(
        ds,
        "CREATE TABLE payment_confirmation (reference VARCHAR(64) NOT NULL, transaction_id"
            + " VARCHAR(100) NOT NULL, applied_at_ms BIGINT NOT NULL, PRIMARY KEY (reference,"
            + " transaction_id))");
    execute(ds, "INSERT INTO payment_confirmation VALUES ('OLD', 'GD-1', 1)");

    for (String alter : JdbcSchema.MIGRATION.split(";")) {
      if (!alter.isBlank()) {
        execute(ds, alter);
      }
    }

    assertThat(PaymentStore.jdbc(ds).beginApplying(PaymentReference.of("OLD"), "GD-1", T0, T0))
        .isEqualTo(ApplyMark.APPLIED);
  }

  @Test
  void jdbcStoreTakesATableCreatedByAnotherNodeAtTheSameMomentAsCreated() {
    DataSource ds = new OtherNodeCreatesFirst().dataSource();

    PaymentStore store = PaymentStore.jdbc(ds);

    store.saveAttempt(attempt("RACE", 1));
    assertThat(store.attempt(PaymentReference.of("RACE"))).isPresent();
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * An H2 database where, just before each CREATE TABLE of ours, another node creates the same
   * table: our probe saw it absent, our CREATE then fails because it exists.
   */
  private static final class OtherNodeCreatesFirst {
    private final JdbcDataSource real = h2();

    DataSource dataSource() {
      return (DataSource)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, method, args) ->
                  method.getName().equals("getConnection")
                      ? connection(real.getConnection())
                      : invoke(method, real, args));
    }

    private Connection connection(Connection c) {
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                Object result = invoke(method, c, args);
                return result instanceof Statement s && method.getName().equals("createStatement")
                    ? racing(s)
                    : result;
              });
    }

    private Statement racing(Statement statement) {
      return (Statement)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Statement.class},
              (proxy, method, args) -> {
                if (method.getName().startsWith("execute")
                    && args != null
                    && args[0] instanceof String sql
                    && sql.startsWith("CREATE TABLE")) {
                  execute(real, sql);
                }
                return invoke(method, statement, args);
              });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
