package vn.connector.testkit.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import vn.connector.core.DossierCode;
import vn.connector.core.RetryPolicy;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.ResultReporter;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.ResultReport;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;
import vn.connector.testlogging.CapturedLogs;

class ResultReporterTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final DossierCode CODE = DossierCode.parse("000.00.01.H22-241116-0042");

  private static CriminalRecordSimulator sim;
  private final TestClock clock = TestClock.at(Instant.parse("2024-11-20T02:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private DataSource database;

  @BeforeAll
  static void startSimulator() {
    sim = CriminalRecordSimulator.start();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void fresh() {
    sim.reset();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lltp-report" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    database = ds;
  }

  /** One node of the portal: its own outbox, client and dispatcher on the shared database. */
  private final class Node implements AutoCloseable {
    final Outbox outbox =
        Outbox.builder().dataSource(database).clock(clock).createSchema(true).build();
    final CriminalRecordClient client =
        sim.clientBuilder()
            .sleeper(sleeper)
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .build();
    final ResultReporter reporter = new ResultReporter(client);
    final Dispatcher dispatcher =
        Dispatcher.builder(outbox)
            .deliverer(ResultReporter.SYSTEM, ResultReporter.TYPE, reporter.deliverer())
            .backoff(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0))
            .sleeper(sleeper)
            .build();

    int dispatchLater() {
      clock.advance(Duration.ofMinutes(10));
      return dispatcher.dispatchOnce();
    }

    @Override
    public void close() {
      dispatcher.close();
      client.close();
    }
  }

  private static ResultReport done() {
    return ResultReport.result(
        CODE,
        ProcessingState.DONE,
        LocalDate.of(2024, 11, 25),
        new ResultReport.Details(
            "42/LLTP",
            LocalDate.of(2024, 11, 20),
            CertificateType.TYPE_1,
            "Nguyễn Văn B",
            "Trần Văn C",
            "Phó Giám đốc",
            "1",
            "Không có án tích",
            "",
            "",
            List.of(),
            List.of(),
            CriminalRecordSimulator.certificateOf(CODE.value()),
            null));
  }

  @Test
  void aReportSurvivesARunOfTransientAnswersAndARestartAndIsDeliveredOnce() {
    sim.registerVneidDossier(CODE.value());
    sim.interruptNextReports(7);
    try (Node first = new Node()) {
      first.reporter.enqueue(first.outbox, SampleDeclarations.context(), done());
      assertThat(first.dispatcher.dispatchOnce()).isEqualTo(1);
      assertThat(first.dispatchLater()).isEqualTo(1);
      assertThat(sim.reportsApplied(CODE.value())).isEmpty();
      assertThat(first.outbox.report().pending()).isEqualTo(1);
    }
    // The portal restarts: a new node on the same database picks the report up where it was.
    try (Node second = new Node()) {
      while (second.outbox.report().pending() > 0) {
        second.dispatchLater();
      }
      assertThat(sim.reportsApplied(CODE.value())).containsExactly("ketqua:9");
      assertThat(sim.state(CODE.value())).isEqualTo(9);
      assertThat(second.outbox.report().parked()).isEmpty();
      // Enqueued again (a double click, a replayed job): nothing new goes out.
      second.reporter.enqueue(second.outbox, SampleDeclarations.context(), done());
      second.dispatchLater();
      assertThat(sim.reportsApplied(CODE.value())).hasSize(1);
    }
    assertThat(sleeper.sleeps()).isNotEmpty();
  }

  @Test
  void aReportOfTheStateTheDossierHasIsDeliveredNotParked() {
    sim.registerVneidDossier(CODE.value());
    sim.setState(CODE.value(), 9);
    try (Node node = new Node()) {
      node.reporter.enqueue(node.outbox, SampleDeclarations.context(), done());
      assertThat(node.dispatcher.dispatchOnce()).isEqualTo(1);
      assertThat(node.outbox.report().pending()).isZero();
      assertThat(node.outbox.report().parked()).isEmpty();
      assertThat(sim.reportsApplied(CODE.value())).isEmpty();
    }
  }

  @Test
  void aRefusalIsParkedWithTheMinistrysCodeAndNotRetried() {
    try (Node node = new Node()) {
      node.reporter.enqueue(node.outbox, SampleDeclarations.context(), done());
      node.dispatcher.dispatchOnce();
      assertThat(CapturedLogs.at(Level.WARN))
          .filteredOn(e -> e.logger().startsWith("vn.connector.outbox"))
          .singleElement()
          .satisfies(e -> assertThat(e.message()).contains("parked").contains("01"));
      assertThat(node.outbox.report().parked())
          .singleElement()
          .satisfies(p -> assertThat(p.nationalCode()).isEqualTo("01"));
      int calls = sim.receivedCount();
      node.dispatchLater();
      assertThat(sim.receivedCount()).isEqualTo(calls);
    }
  }

  @Test
  void aReportMissingWhatItsStateNeedsIsRefusedBeforeAnythingIsEnqueued() {
    try (Node node = new Node()) {
      assertThatThrownBy(
              () ->
                  node.reporter.enqueue(
                      node.outbox,
                      SampleDeclarations.context(),
                      ResultReport.result(
                          CODE, ProcessingState.DONE, LocalDate.of(2024, 11, 25), null)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("details:");
      assertThat(node.outbox.report().pending()).isZero();
      assertThat(node.dispatcher.dispatchOnce()).isZero();
    }
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void aWithdrawalCarriesItsDecision() {
    sim.registerVneidDossier(CODE.value());
    sim.setState(CODE.value(), 10);
    ResultReport.Details d = done().details();
    ResultReport withdrawal =
        new ResultReport(
            CODE,
            ResultReport.Kind.WITHDRAWAL,
            ProcessingState.STOPPED,
            "Cấp sai thông tin",
            LocalDate.of(2024, 11, 25),
            new ResultReport.Details(
                d.number(),
                d.issuedOn(),
                d.type(),
                d.preparedBy(),
                d.signedBy(),
                d.signerTitle(),
                d.criminalStatus(),
                d.criminalStatusName(),
                "",
                "",
                List.of(),
                List.of(),
                null,
                "%PDF-1.4 quyết định".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try (Node node = new Node()) {
      node.reporter.enqueue(node.outbox, SampleDeclarations.context(), withdrawal);
      node.dispatcher.dispatchOnce();
      assertThat(sim.reportsApplied(CODE.value())).containsExactly("thuhoi:8");
    }
  }
}
