package vn.connector.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.postal.Fixtures.CONTEXT;
import static vn.connector.postal.Fixtures.DESK;
import static vn.connector.postal.Fixtures.code;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.Waybill;
import vn.connector.testkit.postal.PostalSimulator;
import vn.connector.testlogging.CapturedLogs;

class PostalOutboxTest {

  private final PostalSimulator sim = PostalSimulator.start();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void anOrderEnqueuedInThePortalsTransactionIsSentOnceEvenWhenEnqueuedTwice() throws Exception {
    DataSource db = Databases.h2("outbox-order");
    Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
    WaybillPool pool = WaybillPool.builder(db).createSchema(true).build();
    pool.load(sim.allocateWaybills(3));
    try (PostalClient client = sim.clientBuilder().waybillPool(pool).build();
        Connection tx = db.getConnection()) {
      tx.setAutoCommit(false);
      PostalOutbox.enqueue(tx, outbox, CONTEXT, Fixtures.delivery("H22-OB-1"));
      PostalOutbox.enqueue(tx, outbox, CONTEXT, Fixtures.delivery("H22-OB-1"));
      tx.commit();
      Dispatcher dispatcher = dispatcher(outbox, client);
      assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
    }
    assertThat(sim.pickups()).isEqualTo(1);
    assertThat(sim.status(OrderNumber.of("H22-OB-1"))).isEqualTo(1);
    assertThat(outbox.report().pending()).isZero();
  }

  @Test
  void aRefusalByVnPostParksTheOrderWithItsCode() throws Exception {
    DataSource db = Databases.h2("outbox-refused");
    Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
    WaybillPool pool = WaybillPool.builder(db).createSchema(true).build();
    pool.load(List.of(Waybill.of("EB999999999VN"))); // not a number VNPost allocated
    try (PostalClient client = sim.clientBuilder().waybillPool(pool).build();
        Connection tx = db.getConnection()) {
      PostalOutbox.enqueue(tx, outbox, CONTEXT, Fixtures.collection("H22-OB-2"));
      dispatcher(outbox, client).dispatchOnce();
      assertThat(CapturedLogs.at(Level.WARN))
          .filteredOn(e -> e.logger().equals("vn.connector.outbox.Dispatcher"))
          .singleElement()
          .satisfies(e -> assertThat(e.message()).contains("parked on attempt 1 with code 104"));
    }
    assertThat(outbox.report().parked())
        .singleElement()
        .satisfies(p -> assertThat(p.nationalCode()).isEqualTo("104"));
    assertThat(sim.pickups()).isZero();
  }

  @Test
  void anUnknownUnitIsRefusedWhenEnqueuedNotWhenSent() throws Exception {
    DataSource db = Databases.h2("outbox-unit");
    Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
    Party nowhere =
        new Party(
            "Trần Thị B",
            "0987654321",
            null,
            "Thôn 1",
            Location.after2025July(code("01"), code("12345")));
    PostalOrder order = PostalOrder.delivery(OrderNumber.of("H22-OB-3"), DESK, nowhere).build();
    try (Connection tx = db.getConnection()) {
      assertThatThrownBy(() -> PostalOutbox.enqueue(tx, outbox, CONTEXT, order))
          .hasMessage("receiver.commune: 12345 is not a commune of the 2025-07-01 list");
    }
    assertThat(outbox.report().pending()).isZero();
  }

  private static Dispatcher dispatcher(Outbox outbox, PostalClient client) {
    return Dispatcher.builder(outbox)
        .deliverer(PostalOutbox.SYSTEM, PostalOutbox.ORDER, PostalOutbox.deliverer(client))
        .build();
  }
}
