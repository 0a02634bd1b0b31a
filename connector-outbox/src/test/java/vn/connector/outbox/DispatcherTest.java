package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.Call;
import vn.connector.core.ServiceException;
import vn.connector.core.TransportException;

class DispatcherTest {

  private final MutableClock clock = MutableClock.start();
  private CapturedLog log;

  @org.junit.jupiter.api.BeforeEach
  void captureLog() {
    log = new CapturedLog();
  }

  @org.junit.jupiter.api.AfterEach
  void restoreLog() {
    log.close();
  }

  private final List<Duration> sleeps = new ArrayList<>();

  private Outbox outbox(DataSource ds) {
    return Outbox.builder().dataSource(ds).clock(clock).createSchema(true).build();
  }

  private Dispatcher dispatcher(Outbox outbox, Deliverer d, OutboxListener listener) {
    return Dispatcher.builder(outbox)
        .deliverer("dvcqg", "status", d)
        .backoff(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.5))
        .lease(Duration.ofMinutes(1))
        .random(new Random(7))
        .sleeper(sleeps::add)
        .listener(listener)
        .build();
  }

  private static OutboxItem item(String key, String payload) {
    return OutboxItem.of("dvcqg", key, "status", payload);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void keepsTheNextItemOfAKeyBackUntilTheFirstIsDelivered(Db db) {
    Outbox outbox = outbox(db.fresh());
    outbox.enqueue(item("K1", "a1"));
    outbox.enqueue(item("K1", "a2"));
    outbox.enqueue(item("K2", "b1"));
    RecordingDeliverer d = new RecordingDeliverer().then(() -> DeliveryOutcome.retry("busy"));
    Dispatcher dispatcher = dispatcher(outbox, d, OutboxListener.none());

    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();
    assertThat(d.payloads()).doesNotContain("a2").hasSize(2);

    clock.advance(Duration.ofSeconds(11));
    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();
    List<String> k1 = d.payloads().stream().filter(p -> p.startsWith("a")).toList();
    assertThat(k1).containsExactly("a1", "a1", "a2");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void retriesAfterTheJitteredBackoffKeptInTheDatabaseAcrossARestart(Db db) {
    DataSource ds = db.fresh();
    Outbox outbox = outbox(ds);
    outbox.enqueue(item("K1", "a1"));
    RecordingDeliverer first = new RecordingDeliverer().then(() -> DeliveryOutcome.retry("503"));
    dispatcher(outbox, first, OutboxListener.none()).dispatchOnce();

    RecordingDeliverer afterRestart = new RecordingDeliverer();
    Dispatcher restarted = dispatcher(outbox(ds), afterRestart, OutboxListener.none());
    clock.advance(Duration.ofSeconds(4));
    assertThat(restarted.dispatchOnce()).as("jitter keeps at least half of 10 s").isZero();
    clock.advance(Duration.ofSeconds(7));
    assertThat(restarted.dispatchOnce()).isEqualTo(1);
    assertThat(afterRestart.payloads()).containsExactly("a1");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void parksARefusalWithTheNationalCodeAndHoldsItsKeyUntilReplayed(Db db) {
    Outbox outbox = outbox(db.fresh());
    long first = outbox.enqueue(item("K1", "a1"));
    outbox.enqueue(item("K1", "a2"));
    RecordingDeliverer d =
        new RecordingDeliverer().then(() -> DeliveryOutcome.park("E12", "Mã hồ sơ không tồn tại"));
    Dispatcher dispatcher = dispatcher(outbox, d, OutboxListener.none());
    dispatcher.dispatchOnce();
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchOnce()).isZero();

    OutboxReport report = outbox.report();
    assertThat(report.parked())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo(first);
              assertThat(p.nationalCode()).isEqualTo("E12");
              assertThat(p.text()).isEqualTo("Mã hồ sơ không tồn tại");
              assertThat(p.key()).isEqualTo("K1");
            });
    assertThat(report.pendingBySystem()).containsEntry("dvcqg", 1L);
    assertThat(report.format()).contains("[E12] Mã hồ sơ không tồn tại");

    assertThat(outbox.replay(first)).isTrue();
    assertThat(outbox.replay(first)).as("no longer parked").isFalse();
    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();
    assertThat(d.payloads()).containsExactly("a1", "a1", "a2");
    assertThat(outbox.report().parked()).isEmpty();
    assertThat(log.text()).contains("parked on attempt 1 with code E12").doesNotContain("a1");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void mapsConnectorExceptionsByWhetherTheyAreRetryable(Db db) {
    Outbox outbox = outbox(db.fresh());
    outbox.enqueue(item("K1", "a1"));
    outbox.enqueue(item("K2", "b1"));
    Call call = Call.builder("dvcqg", "pushStatus").build();
    Deliverer d =
        i -> {
          if (i.key().equals("K1")) {
            throw new TransportException(call, "read timed out", true, null);
          }
          throw new ServiceException(call, 400, "101", "Thiếu trường", false, null);
        };
    dispatcher(outbox, d, OutboxListener.none()).dispatchOnce();

    OutboxReport report = outbox.report();
    assertThat(report.parked())
        .singleElement()
        .extracting(OutboxReport.Parked::nationalCode)
        .isEqualTo("101");
    assertThat(report.pendingBySystem()).containsEntry("dvcqg", 1L);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void reportsPendingPerSystemOldestAgeAndDeliveredInTheLastHour(Db db) {
    Outbox outbox = outbox(db.fresh());
    outbox.enqueue(item("K1", "a1"));
    clock.advance(Duration.ofMinutes(5));
    outbox.enqueue(OutboxItem.of("hotich", "K9", "push", "x"));
    outbox.enqueue(item("K2", "b1"));
    clock.advance(Duration.ofMinutes(2));

    OutboxReport before = outbox.report();
    assertThat(before.pendingBySystem()).containsEntry("dvcqg", 2L).containsEntry("hotich", 1L);
    assertThat(before.oldestPending()).contains(Duration.ofMinutes(7));
    assertThat(before.deliveredLastHour()).isZero();

    dispatcher(outbox, new RecordingDeliverer(), OutboxListener.none()).dispatchOnce();
    assertThat(outbox.report().deliveredLastHour()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(61));
    OutboxReport later = outbox.report();
    assertThat(later.deliveredLastHour()).isZero();
    assertThat(later.pending()).isEqualTo(1);
    assertThat(later.oldestPending()).contains(Duration.ofMinutes(63));
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void tellsTheListenerAttemptsAgesAndParking(Db db) {
    Outbox outbox = outbox(db.fresh());
    outbox.enqueue(item("K1", "a1"));
    outbox.enqueue(item("K2", "b1"));
    List<String> events = new ArrayList<>();
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxItem item, int attempts, Duration age) {
            events.add("delivered " + item.payload() + " #" + attempts + " " + age);
          }

          @Override
          public void retrying(OutboxItem item, int attempts, String why, Duration delay) {
            events.add("retry " + item.payload() + " #" + attempts + " " + why);
          }

          @Override
          public void parked(OutboxItem item, int attempts, String code) {
            events.add("parked " + item.payload() + " #" + attempts + " " + code);
          }
        };
    Deliverer d =
        i ->
            i.key().equals("K1")
                ? DeliveryOutcome.retry("503")
                : DeliveryOutcome.park("E1", "refused");
    Dispatcher dispatcher =
        Dispatcher.builder(outbox)
            .deliverer("dvcqg", "status", d)
            .backoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
            .parkAfter(2)
            .listener(listener)
            .build();
    dispatcher.dispatchOnce();
    clock.advance(Duration.ofSeconds(2));
    dispatcher.dispatchOnce();

    assertThat(events)
        .containsExactlyInAnyOrder("retry a1 #1 503", "parked b1 #1 E1", "parked a1 #2 RETRIES");
    assertThat(outbox.report().parked())
        .extracting(OutboxReport.Parked::text)
        .contains("gave up after 2 attempts: 503");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void takesOverTheItemOfANodeWhoseLeaseRanOutAndRefusesTheStaleOutcome(Db db) throws Exception {
    Outbox outbox = outbox(db.fresh());
    outbox.enqueue(item("K1", "a1"));
    java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Deliverer stuck =
        i -> {
          inside.countDown();
          await(release);
          return DeliveryOutcome.retry("came back too late");
        };
    Thread nodeA =
        new Thread(() -> dispatcher(outbox, stuck, OutboxListener.none()).dispatchOnce());
    nodeA.start();
    inside.await();

    List<Integer> expired = new ArrayList<>();
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void leaseExpired(OutboxItem item, int attempts) {
            expired.add(attempts);
          }
        };
    RecordingDeliverer nodeB = new RecordingDeliverer();
    assertThat(dispatcher(outbox, nodeB, listener).dispatchOnce()).as("lease held").isZero();
    clock.advance(Duration.ofSeconds(61));
    assertThat(dispatcher(outbox, nodeB, listener).dispatchOnce()).isEqualTo(1);
    release.countDown();
    nodeA.join();

    assertThat(expired).containsExactly(2);
    assertThat(outbox.report().pending()).as("node A's late retry was not recorded").isZero();
    assertThat(outbox.report().deliveredLastHour()).isEqualTo(1);
    assertThat(log.text()).contains("lease lost to another node");
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
