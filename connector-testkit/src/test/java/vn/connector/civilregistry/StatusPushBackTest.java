package vn.connector.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.model.InterlinkedState;
import vn.connector.core.RetryPolicy;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxReport;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.civilregistry.SampleRecords;

class StatusPushBackTest {

  private static final String CODE = "000.00.01.H22-261201-0101";

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
  private final InterlinkedServiceSimulator dvclt = InterlinkedServiceSimulator.start(clock);
  private final InterlinkedClient client =
      dvclt
          .clientBuilder()
          .clock(clock)
          .sleeper(new RecordingSleeper())
          .retryPolicy(RetryPolicy.none())
          .build();
  private final DataSource db = Databases.h2();
  private final Outbox outbox =
      Outbox.builder().dataSource(db).clock(clock).createSchema(true).build();
  private final StatusOutbox statuses = new StatusOutbox(outbox, client);
  private final Dispatcher dispatcher =
      statuses
          .register(Dispatcher.builder(outbox))
          .backoff(Backoff.exponential(Duration.ofSeconds(5), Duration.ofMinutes(5)))
          .sleeper(new RecordingSleeper())
          .build();

  @AfterEach
  void close() {
    dispatcher.close();
    client.close();
    dvclt.close();
  }

  @Test
  void aStatusSurvivesTheServiceAnsweringARetryPhraseForAWhile() throws Exception {
    dvclt.addDossier("101", "KS", CODE, SampleRecords.birth());
    dvclt.answerStatusWith("Chưa cập nhật trạng thái hồ sơ, vui lòng thử lại", 4);
    try (Connection tx = db.getConnection()) {
      tx.setAutoCommit(false);
      statuses.enqueue(tx, InterlinkedClientTest.update(InterlinkedState.RECEIVED));
      tx.commit();
    }

    for (int round = 0; round < 5; round++) {
      dispatcher.dispatchOnce();
      clock.advance(Duration.ofMinutes(10));
    }

    assertThat(dvclt.statusCalls()).isEqualTo(5);
    assertThat(dvclt.statuses(CODE)).containsExactly(1);
    OutboxReport report = outbox.report();
    assertThat(report.pending()).isZero();
    assertThat(report.parked()).isEmpty();
  }

  @Test
  void statusesOfOneDossierGoInOrderAndARepeatedEnqueueIsOneItem() {
    dvclt.addDossier("101", "KS", CODE, SampleRecords.birth());
    statuses.enqueue(InterlinkedClientTest.update(InterlinkedState.RECEIVED));
    statuses.enqueue(InterlinkedClientTest.update(InterlinkedState.RECEIVED));
    statuses.enqueue(InterlinkedClientTest.update(InterlinkedState.SENT_TO_REGISTRY));

    dispatcher.dispatchOnce();
    dispatcher.dispatchOnce();

    assertThat(dvclt.statuses(CODE)).containsExactly(1, 7);
    assertThat(dvclt.statusCalls()).isEqualTo(2);
  }

  @Test
  void invalidLogicParksTheStatusWithTheServicesText() {
    dvclt.addDossier("101", "KS", CODE, SampleRecords.birth());
    dvclt.answerStatusWith("Logic xử lý không hợp lệ", 1);
    statuses.enqueue(InterlinkedClientTest.update(InterlinkedState.RESULT_RETURNED));

    dispatcher.dispatchOnce();

    OutboxReport report = outbox.report();
    assertThat(report.parked()).hasSize(1);
    // Masked by core (a capitalised word may be a name), the rest of the words kept.
    assertThat(report.parked().get(0).text()).contains("xử lý không hợp lệ");
  }
}
