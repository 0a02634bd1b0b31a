package vn.connector.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.postal.Fixtures.CONTEXT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorException;
import vn.connector.core.RetryPolicy;
import vn.connector.outbox.Outbox;
import vn.connector.postal.model.CollectionState;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.ParcelStatus;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.postal.PostalSimulator;

class TrackingFeedTest {

  private final TestClock clock = TestClock.at(Instant.parse("2025-12-01T03:00:00Z"));
  private final PostalSimulator sim = PostalSimulator.start(clock);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void followsADeliveryToPhatThanhCongThroughThePortalsStates() throws Exception {
    DataSource db = Databases.h2("feed-life");
    portalTable(db);
    try (PostalClient client = sim.clientBuilder().build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-1"), sim.allocateWaybills(1).get(0));
      TrackingFeed feed = feed(client, db);
      assertThat(feed.poll()).isEqualTo(1);
      for (int step = 0; step < 4; step++) {
        clock.advance(Duration.ofHours(3));
        sim.advance(OrderNumber.of("H22-1"));
      }
      assertThat(feed.poll()).isEqualTo(4);
      assertThat(feed.poll()).isZero();
    }
    List<String> applied = applied(db, "status || ':' || state || ':' || event_time");
    assertThat(applied)
        .containsExactly(
            "CREATED:1:2025-12-01T10:00+07:00[Asia/Ho_Chi_Minh]",
            "PICKED_UP:2:2025-12-01T13:00+07:00[Asia/Ho_Chi_Minh]",
            "IN_TRANSIT:2:2025-12-01T16:00+07:00[Asia/Ho_Chi_Minh]",
            "OUT_FOR_DELIVERY:2:2025-12-01T19:00+07:00[Asia/Ho_Chi_Minh]",
            "DELIVERED:3:2025-12-01T22:00+07:00[Asia/Ho_Chi_Minh]");
  }

  @Test
  void aFailedDeliveryThenAReturnEndsTheLegAsCancelled() throws Exception {
    DataSource db = Databases.h2("feed-return");
    portalTable(db);
    try (PostalClient client = sim.clientBuilder().build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-2"), sim.allocateWaybills(1).get(0));
      sim.failDelivery(OrderNumber.of("H22-2"), true);
      feed(client, db).poll();
    }
    assertThat(applied(db, "status || ':' || state"))
        .containsExactly("CREATED:1", "DELIVERY_FAILED:2", "RETURNED:4");
  }

  @Test
  void skipsTheDocumentsVnPostSendsAgain() throws Exception {
    sim.inclusivePaging(true);
    sim.seedFeed(230);
    DataSource db = Databases.h2("feed-repeats");
    portalTable(db);
    try (PostalClient client = sim.clientBuilder().build()) {
      assertThat(feed(client, db).poll()).isEqualTo(230);
    }
    assertThat(applied(db, "event_id")).isEqualTo(sim.feedIds());
  }

  @Test
  void resumesAfterARestartFromThePositionItPersisted() throws Exception {
    sim.seedFeed(120);
    DataSource db = Databases.h2("feed-resume");
    portalTable(db);
    try (PostalClient client = sim.clientBuilder().build()) {
      sim.faults()
          .next(
              SimulatorFault.connectionReset(),
              SimulatorFault.connectionReset(),
              SimulatorFault.connectionReset());
      TrackingFeed first = feed(client, db);
      assertThatThrownBy(first::poll).isInstanceOf(ConnectorException.class);
      assertThat(first.position()).isEqualTo(vn.connector.postal.model.TrackingPage.START);
      sim.seedFeed(30);
      assertThat(feed(client, db).poll()).isEqualTo(150);
    }
    assertThat(applied(db, "event_id")).isEqualTo(sim.feedIds());
  }

  /**
   * The done-when: 10,000 events, the node killed at random points (before a statement,
   * before or after a commit, on a reset connection) and restarted each time; every event applied
   * exactly once, in feed order.
   */
  @Test
  void tenThousandEventsWithKillsAtRandomPointsAreAppliedExactlyOnceInOrder() throws Exception {
    sim.seedFeed(10_000);
    DataSource db = Databases.h2("feed-kills");
    portalTable(db);
    sim.faults().seed(7).rate(0.02, SimulatorFault.connectionReset());
    int restarts = 0;
    int killedDatabase = 0;
    try (PostalClient client =
        sim.clientBuilder()
            .sleeper(new RecordingSleeper())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .build()) {
      while (count(db) < 10_000) {
        assertThat(restarts).as("restarts").isLessThan(2_000);
        CrashingDataSource node = new CrashingDataSource(db, restarts, 0.002);
        try {
          feed(client, node).poll();
        } catch (ConnectorException | IllegalStateException killed) {
          restarts++;
        }
        killedDatabase += node.crashes();
      }
    }
    assertThat(killedDatabase).isGreaterThan(10);
    assertThat(restarts).isGreaterThan(10);
    assertThat(applied(db, "event_id")).isEqualTo(sim.feedIds());
  }

  /** A portal node starting: its outbox on the database, and the feed on that. */
  private TrackingFeed feed(PostalClient client, DataSource db) {
    Outbox outbox = Outbox.builder().dataSource(db).clock(clock).createSchema(true).build();
    return TrackingFeed.builder(client, outbox, TrackingFeedTest::record).build();
  }

  /** The portal's side: one row per event applied, with the state it sets. */
  private static void record(Connection tx, TrackingEvent e) throws SQLException {
    try (PreparedStatement s =
        tx.prepareStatement(
            "INSERT INTO portal_event (event_id, order_number, status, state, event_time)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      CollectionState state = e.collectionState();
      s.setString(1, e.id());
      s.setString(2, e.orderNumber().value());
      s.setString(3, e.status().name());
      s.setInt(4, state == null ? -1 : state.code());
      s.setString(5, e.time().toString());
      s.executeUpdate();
    }
    assertThat(e.time().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(e.status()).isNotEqualTo(ParcelStatus.UNKNOWN);
  }

  private static void portalTable(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE portal_event (seq BIGINT AUTO_INCREMENT PRIMARY KEY, event_id VARCHAR(24)"
              + " NOT NULL, order_number VARCHAR(50), status VARCHAR(20), state INT,"
              + " event_time VARCHAR(60))");
    }
  }

  private static int count(DataSource db) throws SQLException {
    return applied(db, "event_id").size();
  }

  private static List<String> applied(DataSource db, String column) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT " + column + " FROM portal_event ORDER BY seq")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
