package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.Call;
import vn.connector.core.ServiceException;
import vn.connector.core.TransportException;

class TrackerTest {

  private final MutableClock clock = MutableClock.start();
  private final Map<String, List<String>> answers = new HashMap<>();
  private final List<String> completed = new ArrayList<>();
  private final Call call = Call.builder("hotich", "status").build();

  private Tracker<String> tracker(Outbox outbox) {
    return Tracker.<String>builder(outbox, "hotich")
        .poll(this::answer)
        .acceptor(
            s ->
                switch (s) {
                  case "9", "10" -> Acceptor.State.FINAL;
                  case "-1" -> Acceptor.State.ERROR;
                  default -> Acceptor.State.KEEP_POLLING;
                })
        .onCompleted(
            (tx, t, answer) -> {
              try (Statement s = tx.createStatement()) {
                s.execute("INSERT INTO done VALUES ('" + t.reference() + "')");
              }
              completed.add(t.reference() + " " + t.state() + " " + answer.orElse("-"));
            })
        .interval(Duration.ofMinutes(10))
        .backoff(new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(8), 0))
        .maxAge(Duration.ofHours(1))
        .batchSize(2)
        .random(new Random(3))
        .build();
  }

  private String answer(Tracked t) {
    String next = answers.get(t.reference()).remove(0);
    if (next.equals("timeout")) {
      throw new TransportException(call, "read timed out", true, null);
    }
    if (next.equals("refused")) {
      throw new ServiceException(call, 403, "E403", "not yours", false, null);
    }
    return next;
  }

  private Outbox outbox(Db db) throws SQLException {
    DataSource ds = db.fresh();
    try (var c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE done (reference VARCHAR(40))");
    }
    return Outbox.builder().dataSource(ds).clock(clock).createSchema(true).build();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void pollsEveryIntervalUntilFinalAndCompletesOnceInTheSameTransaction(Db db) throws Exception {
    Outbox outbox = outbox(db);
    answers.put("R1", new ArrayList<>(List.of("1", "2", "9")));
    Tracker<String> tracker = tracker(outbox);
    tracker.track("H01-0001", "R1");
    tracker.track("H01-0001", "R1");

    assertThat(tracker.pollOnce()).isEqualTo(1);
    assertThat(tracker.pollOnce()).as("not due before the interval").isZero();
    clock.advance(Duration.ofMinutes(10));
    tracker.pollOnce();
    clock.advance(Duration.ofMinutes(10));
    tracker.pollOnce();
    clock.advance(Duration.ofMinutes(10));
    assertThat(tracker.pollOnce()).as("ended").isZero();

    assertThat(completed).containsExactly("R1 FINAL 9");
    Tracked t = tracker.tracked("R1").orElseThrow();
    assertThat(t.state()).isEqualTo(Tracked.State.FINAL);
    assertThat(t.polls()).isEqualTo(3);
    assertThat(t.lastStatus()).contains("9");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void resumesAfterARestartWhereItWas(Db db) throws Exception {
    Outbox outbox = outbox(db);
    answers.put("R1", new ArrayList<>(List.of("1", "10")));
    tracker(outbox).track("H01-0001", "R1");
    tracker(outbox).pollOnce();

    Tracker<String> restarted = tracker(outbox);
    assertThat(restarted.pollOnce()).isZero();
    clock.advance(Duration.ofMinutes(10));
    assertThat(restarted.pollOnce()).isEqualTo(1);
    assertThat(completed).containsExactly("R1 FINAL 10");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void backsOffAfterAFailedPollAndEndsOnARefusal(Db db) throws Exception {
    Outbox outbox = outbox(db);
    answers.put("R1", new ArrayList<>(List.of("timeout", "timeout", "refused")));
    Tracker<String> tracker = tracker(outbox);
    tracker.track("H01-0001", "R1");
    tracker.pollOnce();
    clock.advance(Duration.ofMinutes(1));
    assertThat(tracker.pollOnce()).as("first backoff is 1 min").isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(tracker.pollOnce()).as("second is 2 min").isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(tracker.pollOnce()).isEqualTo(1);
    assertThat(completed).containsExactly("R1 ERROR -");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void expiresADossierNotFinalWithinTheMaximumAgeAndPollsInBatches(Db db) throws Exception {
    Outbox outbox = outbox(db);
    Tracker<String> tracker = tracker(outbox);
    for (String r : List.of("R1", "R2", "R3")) {
      answers.put(r, new ArrayList<>(List.of("1", "1", "1", "1", "1", "1", "1", "1")));
      tracker.track("H01-" + r, r);
    }
    assertThat(tracker.pollOnce()).as("batch size").isEqualTo(2);
    assertThat(tracker.pollOnce()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(61));
    tracker.pollOnce();
    tracker.pollOnce();
    assertThat(completed).containsExactlyInAnyOrder("R1 EXPIRED -", "R2 EXPIRED -", "R3 EXPIRED -");
    assertThat(tracker.tracked("R2")).map(Tracked::state).contains(Tracked.State.EXPIRED);
    assertThat(tracker.tracked("nope")).isEqualTo(Optional.empty());
  }
}
