package vn.connector.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.RetryPolicy;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxReport;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.nationalportal.ReceivedDossier;

/** Every change through the portal's outbox, in both wire styles. */
class NationalPortalOutboxTest {

  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start();

  private final DataSource db = PortalDatabase.fresh();
  private final Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterAll
  static void stop() {
    PORTAL.close();
  }

  @BeforeEach
  void reset() {
    PORTAL.reset();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  private NationalPortalSync sync(PortalProfile.Style style) {
    NationalPortalClient client =
        PORTAL
            .clientBuilder(style)
            .sleeper(new RecordingSleeper())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .maxConnections(40)
            .build();
    closing.add(client);
    return NationalPortalSync.builder(client, outbox)
        .statusMapping(
            StatusMapping.builder()
                .map("DA_TIEP_NHAN", DossierStatus.RECEIVED)
                .map("DANG_THAM_DINH", DossierStatus.IN_PROGRESS)
                .map("CHO_BO_SUNG", DossierStatus.SUPPLEMENT_REQUESTED)
                .map("DA_KY_DUYET", DossierStatus.PROCESSED)
                .map("CHO_TRA_KET_QUA", DossierStatus.PROCESSED)
                .map("DA_TRA", DossierStatus.RESULT_RETURNED)
                .build())
        .createSchema(db)
        .build();
  }

  private Dispatcher dispatcher(NationalPortalSync sync) {
    Dispatcher d =
        sync.deliverers(Dispatcher.builder(outbox))
            .threads(32)
            .batchSize(64)
            .pollInterval(Duration.ofMillis(5))
            .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50)))
            .build();
    d.start();
    return d;
  }

  /** The portal's changes of one round, committed 50 dossiers a transaction (a batch job). */
  private void enqueueRound(NationalPortalSync sync, int round, int dossiers) {
    for (int first = 1; first <= dossiers; first += 50) {
      int from = first;
      PortalDatabase.inTransaction(
          db,
          tx -> {
            for (int n = from; n < from + 50; n++) {
              Dossier d = Dossiers.received(n);
              sync.sync(tx, round == 0 ? d : d.withStatus(Dossiers.PATH[round - 1]));
            }
          });
    }
  }

  /**
   * The thousand dossiers on style A, the adapter the provinces seen in code use. Style B
   * shares the outbox path; its wire behaviour, parking, progress order, local refusals and
   * rollback run below and in NationalPortalBehaviourTest for both styles. This scenario alone
   * takes about two minutes on 2 cores, so it runs once to keep the suite inside its time budget.
   */
  @ParameterizedTest
  @CsvSource({"ADAPTER, 1000"})
  void deliversEveryVersionOfAThousandDossiersInOrderThroughAnOutageAndARestart(
      PortalProfile.Style style, int dossiers) {
    NationalPortalSync sync = sync(style);
    Dispatcher dispatcher = dispatcher(sync);
    for (int round = 0; round <= Dossiers.PATH.length; round++) {
      int previous = round - 1;
      // Changes come while earlier ones are delivered, as in a portal: at most two rounds wait.
      await(() -> PORTAL.versionCount() >= previous * dossiers);
      enqueueRound(sync, round, dossiers);
      if (round == 2) {
        PORTAL.down();
        await(() -> PORTAL.refusedWhileDown() >= 300);
        dispatcher.close();
        dispatcher = dispatcher(sync);
        await(() -> PORTAL.refusedWhileDown() >= 600);
        PORTAL.up();
      }
    }
    closing.add(dispatcher);
    await(() -> outbox.report().pending() == 0);

    assertThat(outbox.report().parked()).isEmpty();
    List<String> expected = List.of("2", "4", "5", "4", "9", "10");
    for (int n = 1; n <= dossiers; n++) {
      List<ReceivedDossier> versions = PORTAL.versions(Dossiers.code(n).value());
      assertThat(withoutRepeats(versions)).as("dossier %d", n).isEqualTo(expected);
      assertThat(versions.get(0).update()).isFalse();
    }
  }

  /** At least once: a version may arrive twice in a row after a restart, never out of order. */
  private static List<String> withoutRepeats(List<ReceivedDossier> versions) {
    List<String> out = new ArrayList<>();
    String last = null;
    for (ReceivedDossier v : versions) {
      String key = v.status() + v.json();
      if (!key.equals(last)) {
        out.add(v.status());
      }
      last = key;
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void parksARefusedChangeWithTheNationalReasonAndHoldsItsDossier(PortalProfile.Style style) {
    NationalPortalSync sync = sync(style);
    Dossier unknown = Dossiers.received(1, NationalPortalSimulator.UNKNOWN_PROCEDURE);
    PortalDatabase.inTransaction(db, tx -> sync.sync(tx, unknown));
    PortalDatabase.inTransaction(
        db, tx -> sync.sync(tx, unknown.withStatus(DossierStatus.IN_PROGRESS)));
    PortalDatabase.inTransaction(db, tx -> sync.sync(tx, Dossiers.received(2)));
    closing.add(dispatcher(sync));

    await(() -> outbox.report().parked().size() == 1 && outbox.report().pending() == 1);

    OutboxReport.Parked parked = outbox.report().parked().get(0);
    assertThat(parked.key()).isEqualTo(Dossiers.code(1).value());
    assertThat(parked.text()).contains("1.999999");
    if (style == PortalProfile.Style.ADAPTER) {
      assertThat(parked.nationalCode()).isEqualTo("4");
    }
    assertThat(outbox.report().format()).contains("1.999999");
    assertThat(PORTAL.versions(Dossiers.code(2).value())).hasSize(1);
    assertThat(PORTAL.versions(Dossiers.code(1).value())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void deliversProgressBehindItsDossier(PortalProfile.Style style) {
    NationalPortalSync sync = sync(style);
    PortalDatabase.inTransaction(
        db,
        tx -> {
          sync.sync(tx, Dossiers.received(1));
          for (int i = 0; i < 12; i++) {
            sync.progress(tx, Dossiers.step(1, i));
          }
          sync.sync(tx, Dossiers.received(1), "DANG_THAM_DINH");
        });
    closing.add(dispatcher(sync));

    await(() -> outbox.report().pending() == 0);

    assertThat(PORTAL.progress(Dossiers.code(1).value()))
        .extracting(p -> p.field("NoiDungXuLy"))
        .startsWith("Bước 0", "Bước 1")
        .hasSize(12)
        .endsWith("Bước 11");
    assertThat(PORTAL.versions(Dossiers.code(1).value()))
        .extracting(ReceivedDossier::status)
        .containsExactly("2", "4");
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void refusesBeforeEnqueueingWhatTheNationalSideWouldRefuse(PortalProfile.Style style) {
    NationalPortalSync sync = sync(style);
    PortalDatabase.inTransaction(db, tx -> sync.sync(tx, Dossiers.received(1)));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PortalDatabase.inTransaction(
                    db, tx -> sync.sync(tx, Dossiers.received(1).withStatus(DossierStatus.NEW))))
        .withMessageStartingWith("status: ")
        .withMessageContaining("cannot move from 2 (RECEIVED) to 1 (NEW)");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PortalDatabase.inTransaction(db, tx -> sync.sync(tx, Dossiers.received(1), "XONG")))
        .withMessageStartingWith("localState: 'XONG' is not mapped");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PortalDatabase.inTransaction(db, tx -> sync.progress(tx, Dossiers.step(2, 0))))
        .withMessageStartingWith("progress.dossier: ");

    assertThat(outbox.report().pending()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void leavesNothingBehindWhenThePortalRollsBack(PortalProfile.Style style) {
    NationalPortalSync sync = sync(style);
    try {
      PortalDatabase.inTransaction(
          db,
          tx -> {
            sync.sync(tx, Dossiers.received(1));
            throw new IllegalStateException("the portal's own update failed");
          });
    } catch (IllegalStateException expected) {
      // the portal's transaction rolled back
    }
    PortalDatabase.inTransaction(
        db, tx -> sync.sync(tx, Dossiers.received(1).withStatus(DossierStatus.RECEIVED)));

    assertThat(outbox.report().pending()).isEqualTo(1);
  }

  /** Waits for the dispatcher's background work (not for a retry: backoffs are milliseconds). */
  private static void await(BooleanSupplier done) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not done within 5 minutes");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
