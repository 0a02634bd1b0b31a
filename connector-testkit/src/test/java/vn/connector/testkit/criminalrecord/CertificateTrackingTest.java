package vn.connector.testkit.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.Answers;
import vn.connector.criminalrecord.CertificateKeeper;
import vn.connector.criminalrecord.CertificateTracking;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.model.CertificateEvidence;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.Tracked;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;

class CertificateTrackingTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static CriminalRecordSimulator sim;

  private final TestClock clock = TestClock.at(Instant.parse("2024-11-15T02:00:00Z"));
  private final List<CertificateEvidence> kept = new CopyOnWriteArrayList<>();
  private final List<String> ended = new CopyOnWriteArrayList<>();
  private final CertificateKeeper keeper =
      new CertificateKeeper() {
        @Override
        public void keep(
            java.sql.Connection tx,
            vn.connector.criminalrecord.model.Certificate c,
            CertificateEvidence e) {
          assertThat(c.sha256()).isEqualTo(e.sha256());
          kept.add(e);
        }

        @Override
        public void ended(
            java.sql.Connection tx,
            vn.connector.core.DossierCode code,
            java.util.Optional<vn.connector.criminalrecord.model.DossierStatus> last) {
          ended.add(code.value() + ":" + last.map(s -> s.nationalState()).orElse("none"));
        }
      };
  private DataSource database;
  private CriminalRecordClient client;

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
    ds.setURL("jdbc:h2:mem:lltp-track" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    database = ds;
    client = sim.clientBuilder().sleeper(new RecordingSleeper()).build();
    client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build());
  }

  private CertificateTracking tracking() {
    Outbox outbox = Outbox.builder().dataSource(database).clock(clock).createSchema(true).build();
    return CertificateTracking.builder(outbox, client)
        .officer("he-thong", "000.00.01.H22")
        .keeper(keeper)
        .interval(Duration.ofHours(1))
        .clock(clock)
        .build();
  }

  private void pollAnHourLater(CertificateTracking tracking) {
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    tracking.pollOnce();
  }

  @Test
  void pollsUntilTheCertificateIsIssuedAcrossARestartAndKeepsItOnce() {
    try (CertificateTracking first = tracking()) {
      first.track(SampleDeclarations.CODE);
      first.pollOnce();
      sim.advance(SampleDeclarations.CODE.value());
      pollAnHourLater(first);
      assertThat(first.tracked(SampleDeclarations.CODE).map(Tracked::state))
          .contains(Tracked.State.POLLING);
      assertThat(first.tracked(SampleDeclarations.CODE).flatMap(Tracked::lastStatus)).contains("4");
    }
    sim.advance(SampleDeclarations.CODE.value());
    try (CertificateTracking second = tracking()) {
      second.track(SampleDeclarations.CODE);
      pollAnHourLater(second);
      pollAnHourLater(second);
      assertThat(second.tracked(SampleDeclarations.CODE).map(Tracked::state))
          .contains(Tracked.State.FINAL);
    }
    byte[] pdf = CriminalRecordSimulator.certificateOf(SampleDeclarations.CODE.value());
    assertThat(kept)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sha256()).isEqualTo(Answers.sha256Hex(pdf));
              assertThat(e.bytes()).isEqualTo(pdf.length);
              assertThat(e.receivedAt()).isAfter(Instant.parse("2024-11-15T02:00:00Z"));
            });
    assertThat(ended).isEmpty();
  }

  @Test
  void oneDossierPerStatusCall() {
    try (CertificateTracking tracking = tracking()) {
      tracking.track(SampleDeclarations.CODE);
      int before = sim.receivedCount();
      tracking.pollOnce();
      assertThat(sim.receivedCount()).isEqualTo(before + 1);
      sim.wireMock()
          .getAllServeEvents()
          .forEach(
              e ->
                  assertThat(e.getRequest().getBodyAsString())
                      .contains(SampleDeclarations.CODE.value()));
    }
  }

  @Test
  void aCertificateThatIsNotAPdfEndsTrackingAsAnErrorAndIsNotKept() {
    sim.setState(SampleDeclarations.CODE.value(), 9);
    sim.spoilCertificates(true);
    try (CertificateTracking tracking = tracking()) {
      tracking.track(SampleDeclarations.CODE);
      tracking.pollOnce();
      assertThat(tracking.tracked(SampleDeclarations.CODE).map(Tracked::state))
          .contains(Tracked.State.ERROR);
    }
    assertThat(kept).isEmpty();
    assertThat(ended).containsExactly(SampleDeclarations.CODE.value() + ":none");
  }

  @Test
  void aRefusedDossierEndsTrackingWithoutACertificate() {
    sim.setState(SampleDeclarations.CODE.value(), 3);
    try (CertificateTracking tracking = tracking()) {
      tracking.track(SampleDeclarations.CODE);
      tracking.pollOnce();
      assertThat(tracking.tracked(SampleDeclarations.CODE).map(Tracked::state))
          .contains(Tracked.State.FINAL);
    }
    assertThat(kept).isEmpty();
    assertThat(ended).containsExactly(SampleDeclarations.CODE.value() + ":3");
  }
}
