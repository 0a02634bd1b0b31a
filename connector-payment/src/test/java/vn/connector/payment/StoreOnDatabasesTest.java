package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/** The JDBC store on H2 and a real PostgreSQL, plain and behind a pool that does not commit. */
class StoreOnDatabasesTest {

  private static final String SECRET = "callback-secret";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-11-15T08:05:00Z"), ZoneOffset.UTC);

  private final AtomicInteger applied = new AtomicInteger();

  static byte[] confirm(String transactionId) throws Exception {
    String sum =
        TestRequests.sha256Hex(
            "CONFIRM|00|H22|REF1|50000|VND|"
                + transactionId
                + "|VCB|20241115150400|Le phi|"
                + SECRET);
    return ("{\"LoaiBanTin\":\"CONFIRM\",\"MaLoi\":\"00\",\"MaDoiTac\":\"H22\","
            + "\"MaThamChieu\":\"REF1\",\"SoTien\":\"50000\",\"MaTienTe\":\"VND\","
            + "\"MaGiaoDich\":\""
            + transactionId
            + "\",\"MaNganHang\":\"VCB\",\"ThoiGianGD\":\"20241115150400\","
            + "\"ThongTinGiaoDich\":\"Le phi\",\"MaXacThuc\":\""
            + sum
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] confirmOf(String transactionId) {
    try {
      return confirm(transactionId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ConfirmVerifier verifier(PaymentStore store) {
    return ConfirmVerifier.builder()
        .partnerCode("H22")
        .secret(Secret.of(SECRET))
        .store(store)
        .clock(CLOCK)
        .onPaid(p -> applied.incrementAndGet())
        .build();
  }

  private static void saveAttempt(PaymentStore store) {
    store.saveAttempt(
        new PaymentAttempt(
            PaymentReference.of("REF1"),
            TestRequests.DOSSIER,
            Money.vnd(50_000),
            Instant.EPOCH,
            PaymentState.PENDING));
  }

  @ParameterizedTest
  @EnumSource(Databases.class)
  void keepsTheAttemptAndAppliesAConfirmSentThreeTimesOnce(Databases db) throws Exception {
    DataSource ds = db.fresh();
    saveAttempt(PaymentStore.jdbc(ds));
    // A second store on the same database: what the first wrote must have been committed.
    PaymentStore store = PaymentStore.jdbc(ds);
    assertThat(store.attempt(PaymentReference.of("REF1"))).isPresent();
    ConfirmVerifier verifier = verifier(store);

    CallbackAnswer first = verifier.handle(confirm("GD9"));
    CallbackAnswer second = verifier.handle(confirm("GD9"));
    CallbackAnswer third = verifier(PaymentStore.jdbc(ds)).handle(confirm("GD9"));

    assertThat(first.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(second.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(third.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(applied).hasValue(1);
    assertThat(store.attempt(PaymentReference.of("REF1")).orElseThrow().state())
        .isEqualTo(PaymentState.PAID);
  }

  @ParameterizedTest
  @EnumSource(
      value = Databases.class,
      names = {"H2", "POSTGRESQL"})
  void appliesAConfirmWhoseTransactionIdIsLongerThanItsColumn(Databases db) throws Exception {
    PaymentStore store = PaymentStore.jdbc(db.fresh());
    saveAttempt(store);
    String longId = "GD" + "7".repeat(148);

    CallbackAnswer first = verifier(store).handle(confirm(longId));
    CallbackAnswer repeat = verifier(store).handle(confirm(longId));

    assertThat(first.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(repeat.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(applied).hasValue(1);
  }

  @Test
  void neverPoisonsTheTransactionOfADataSourceThatJoinsIt() throws SQLException {
    DataSource ds = Databases.postgres();
    try (Connection tx = ds.getConnection()) {
      tx.setAutoCommit(false);
      exec(tx, "CREATE TABLE dossier (code VARCHAR(40))");
      PaymentStore.jdbc(joined(tx));
      // On PostgreSQL a failed statement (a probe of a missing table) aborts the transaction.
      exec(tx, "INSERT INTO dossier VALUES ('H22-0001')");
      tx.commit();
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dossier")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** A data source handing out the portal's open transaction, as Spring's proxy does. */
  private static DataSource joined(Connection tx) {
    Connection shared =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(tx, args));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getConnection" -> shared;
                  case "getLogWriter" -> (PrintWriter) null;
                  case "getParentLogger" -> Logger.getGlobal();
                  default -> null;
                });
  }
}
