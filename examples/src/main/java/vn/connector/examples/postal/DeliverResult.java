package vn.connector.examples.postal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.Purpose;
import vn.connector.outbox.Outbox;
import vn.connector.postal.PostalClient;
import vn.connector.postal.TrackingFeed;
import vn.connector.postal.WaybillPool;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.OrderReceipt;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.testkit.postal.PostalSimulator;

/**
 * Books the delivery of a dossier's result by post, prints the price, and follows the parcel's
 * events to "phát thành công", setting the dossier's collection state as the portal does. Against
 * the embedded VNPost simulator, with an in-memory H2 database as the portal's.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.postal.DeliverResult
 * </pre>
 */
public final class DeliverResult {

  private static final CallContext CONTEXT =
      CallContext.of(
          "canbo.nguyenvana",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  private DeliverResult() {}

  public static void main(String[] args) throws SQLException {
    run(System.out);
  }

  static void run(PrintStream out) throws SQLException {
    DataSource db = JdbcConnectionPool.create("jdbc:h2:mem:portal;DB_CLOSE_DELAY=-1", "sa", "");
    createDossierTable(db);
    try (PostalSimulator vnpost = PostalSimulator.start()) {
      WaybillPool pool = WaybillPool.builder(db).createSchema(true).build();
      pool.load(vnpost.allocateWaybills(100)); // the numbers VNPost allocated to the portal
      try (PostalClient client = vnpost.clientBuilder().waybillPool(pool).build()) {
        Party desk = party("Bộ phận Một cửa phường Đống Đa", "Số 10 Tôn Đức Thắng", "01", "00235");
        Party citizen =
            new Party(
                "Nguyễn Văn An",
                "0912345678",
                null,
                "Số 5 đường Hoàng Văn Thụ",
                Location.before2025July(code("24"), code("213")));
        Money price = client.price(new PriceQuery(500, desk.location(), citizen.location(), false));
        out.println("Price of a 500 g result parcel: " + price + " VND");
        OrderNumber number = OrderNumber.of(CONTEXT.dossier().value());
        PostalOrder order =
            PostalOrder.delivery(number, desk, citizen)
                .cashOnDelivery(Money.vnd(50_000))
                .description("Kết quả giải quyết thủ tục hành chính")
                .build();
        OrderReceipt receipt = client.send(CONTEXT, order);
        out.println("Booked " + number + " under waybill " + receipt.waybill());
        Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
        TrackingFeed feed =
            TrackingFeed.builder(client, outbox, (tx, e) -> apply(out, tx, e)).build();
        feed.poll();
        for (int step = 0; step < 4; step++) {
          vnpost.advance(number); // the simulated postman moves the parcel on
          feed.poll();
        }
      }
    }
  }

  /** The portal's side of an event: print it, set the dossier's collection state. */
  private static void apply(PrintStream out, Connection tx, TrackingEvent event)
      throws SQLException {
    out.println("  " + event.time() + "  " + event.status() + " (" + event.statusMessage() + ")");
    setState(tx, event.orderNumber().value(), event.collectionState().code());
  }

  private static Party party(String name, String address, String province, String commune) {
    return new Party(
        name, "02438511234", null, address, Location.after2025July(code(province), code(commune)));
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }

  private static void createDossierTable(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dossier (code VARCHAR(50) PRIMARY KEY, collection_state INT)");
      s.execute("INSERT INTO dossier VALUES ('" + CONTEXT.dossier().value() + "', 0)");
    }
  }

  private static void setState(Connection tx, String dossier, int state) throws SQLException {
    try (PreparedStatement s =
        tx.prepareStatement("UPDATE dossier SET collection_state = ? WHERE code = ?")) {
      s.setInt(1, state);
      s.setString(2, dossier);
      s.executeUpdate();
    }
  }
}
