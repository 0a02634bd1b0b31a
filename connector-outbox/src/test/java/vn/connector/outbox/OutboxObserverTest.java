package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The trace an {@link OutboxObserver} gives at enqueue, handed back around the delivery. */
class OutboxObserverTest {

  private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  /**
   * Gives {@code current} at enqueue, writes down what each delivery was given and how it ended.
   */
  private static final class Recording implements OutboxObserver {
    volatile String current;
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public Optional<String> traceParent() {
      return Optional.ofNullable(current);
    }

    @Override
    public DeliveryObservation deliveryStarted(
        OutboxItem item, int attempt, Optional<String> traceParent) {
      lines.add("start " + item.type() + " #" + attempt + " " + traceParent.orElse("none"));
      return outcome -> lines.add("end " + outcome);
    }
  }

  private final MutableClock clock = MutableClock.start();

  private static Dispatcher dispatcher(Outbox outbox, DeliveryOutcome... outcomes) {
    int[] next = {0};
    return Dispatcher.builder(outbox)
        .deliverer("dvcqg", "status", i -> outcomes[Math.min(next[0]++, outcomes.length - 1)])
        .build();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void handsTheTraceOfTheEnqueueBackToEveryDeliveryAttempt(Db db) {
    Recording observer = new Recording();
    Outbox outbox =
        Outbox.builder()
            .dataSource(db.fresh())
            .clock(clock)
            .createSchema(true)
            .observer(observer)
            .build();
    observer.current = TRACE;
    outbox.enqueue(OutboxItem.of("dvcqg", "K1", "status", "{}"));
    observer.current = null;
    Dispatcher d = dispatcher(outbox, DeliveryOutcome.retry("busy"), DeliveryOutcome.delivered());

    d.dispatchOnce();
    clock.advance(java.time.Duration.ofHours(1));
    d.dispatchOnce();

    assertThat(observer.lines)
        .containsExactly(
            "start status #1 " + TRACE, "end RETRY", "start status #2 " + TRACE, "end DELIVERED");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void storesNoTraceThatIsNotAW3cTraceParent(Db db) {
    Recording observer = new Recording();
    Outbox outbox =
        Outbox.builder().dataSource(db.fresh()).createSchema(true).observer(observer).build();
    observer.current = "00-not-a-trace'); DROP TABLE outbox_item; --";
    outbox.enqueue(OutboxItem.of("dvcqg", "K1", "status", "{}"));

    dispatcher(outbox, DeliveryOutcome.delivered()).dispatchOnce();

    assertThat(observer.lines).containsExactly("start status #1 none", "end DELIVERED");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void aTableFromAnOlderSchemaWithoutTheColumnWorksAsBefore(Db db) throws SQLException {
    DataSource ds = db.fresh();
    Outbox.builder().dataSource(ds).createSchema(true).build();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE outbox_item DROP COLUMN trace_parent");
    }
    Recording observer = new Recording();
    Outbox outbox = Outbox.builder().dataSource(ds).observer(observer).build();
    observer.current = TRACE;
    outbox.enqueue(OutboxItem.of("dvcqg", "K1", "status", "{}"));

    assertThat(dispatcher(outbox, DeliveryOutcome.delivered()).dispatchOnce()).isEqualTo(1);

    assertThat(observer.lines).containsExactly("start status #1 none", "end DELIVERED");
    assertThat(outbox.report().deliveredLastHour()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void anObserverThatThrowsStopsNeitherEnqueueNorDelivery(Db db) {
    OutboxObserver broken =
        new OutboxObserver() {
          @Override
          public Optional<String> traceParent() {
            throw new IllegalStateException("no tracer");
          }

          @Override
          public DeliveryObservation deliveryStarted(
              OutboxItem item, int attempt, Optional<String> traceParent) {
            throw new IllegalStateException("no tracer");
          }
        };
    Outbox outbox =
        Outbox.builder().dataSource(db.fresh()).createSchema(true).observer(broken).build();
    outbox.enqueue(OutboxItem.of("dvcqg", "K1", "status", "{}"));

    assertThat(dispatcher(outbox, DeliveryOutcome.delivered()).dispatchOnce()).isEqualTo(1);
    assertThat(vn.connector.testlogging.CapturedLogs.at(org.slf4j.event.Level.WARN)).hasSize(2);
  }
}
