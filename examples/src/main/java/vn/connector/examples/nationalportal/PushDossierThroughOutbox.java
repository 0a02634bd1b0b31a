package vn.connector.examples.nationalportal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.NationalPortalSync;
import vn.connector.nationalportal.PortalProfile;
import vn.connector.nationalportal.StatusMapping;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.outbox.Backoff;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/**
 * Pushes a dossier and its progress to the national portal through the outbox while the national
 * side is down, prints the outbox report, brings the portal back and prints it again.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.nationalportal.PushDossierThroughOutbox
 * </pre>
 *
 * Runs against the embedded simulator (style A) and an in-memory H2 database standing for the
 * portal's own.
 */
public final class PushDossierThroughOutbox {

  private PushDossierThroughOutbox() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  static void run(PrintStream out) throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:portal-example;DB_CLOSE_DELAY=-1");
    try (NationalPortalSimulator portal = NationalPortalSimulator.start();
        NationalPortalClient client = portal.clientBuilder(PortalProfile.Style.ADAPTER).build()) {
      Outbox outbox = Outbox.builder().dataSource(db).createSchema(true).build();
      NationalPortalSync sync =
          NationalPortalSync.builder(client, outbox)
              .statusMapping(
                  StatusMapping.builder()
                      .map("DA_TIEP_NHAN", DossierStatus.RECEIVED)
                      .map("DANG_THAM_DINH", DossierStatus.IN_PROGRESS)
                      .build())
              .createSchema(db)
              .build();
      Dossier dossier = dossier();
      portal.down();
      inTransaction(
          db,
          tx -> {
            sync.sync(tx, dossier, "DA_TIEP_NHAN");
            sync.progress(
                tx, ProgressEntry.reception(dossier.code(), "Trần Thị Bình", Instant.now()));
            sync.sync(tx, dossier, "DANG_THAM_DINH");
          });
      out.println("The national portal is down; the portal's transaction committed anyway.");
      out.print(outbox.report().format());
      try (Dispatcher dispatcher =
          sync.deliverers(Dispatcher.builder(outbox))
              .pollInterval(Duration.ofMillis(50))
              .backoff(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)))
              .build()) {
        dispatcher.start();
        portal.up();
        waitUntilDelivered(outbox);
      }
      out.println("The national portal is back; the outbox delivered in order:");
      out.print(outbox.report().format());
      portal
          .versions(dossier.code().value())
          .forEach(v -> out.println("  version with TrangThaiHoSo " + v.status()));
      out.println("  progress entries: " + portal.progress(dossier.code().value()).size());
    }
  }

  static Dossier dossier() {
    Instant now = Instant.now();
    return Dossier.builder(DossierCode.parse(NationalPortalSimulator.UNIT + "-241115-0001"))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse(NationalPortalSimulator.BIRTH_REGISTRATION),
                "Thủ tục đăng ký khai sinh",
                "G09-TP01",
                "Hộ tịch"))
        .channel(Channel.DIRECT)
        .applicant(Applicant.of("Nguyễn Văn An", ApplicantKind.CITIZEN))
        .summary("Đăng ký khai sinh cho con")
        .status(DossierStatus.RECEIVED)
        .dates(DossierDates.submitted(now).receivedOn(now, now.plus(Duration.ofDays(3))))
        .handlingUnit("UBND xã Thử Nghiệm")
        .submissionPlace("Bộ phận một cửa UBND xã Thử Nghiệm")
        .documents(List.of())
        .build();
  }

  private static void waitUntilDelivered(Outbox outbox) throws InterruptedException {
    for (int i = 0; i < 600 && outbox.report().pending() > 0; i++) {
      Thread.sleep(50);
    }
  }

  interface Work {
    void run(Connection tx) throws SQLException;
  }

  private static void inTransaction(DataSource db, Work work) throws SQLException {
    try (Connection tx = db.getConnection()) {
      tx.setAutoCommit(false);
      try {
        work.run(tx);
        tx.commit();
      } catch (RuntimeException | SQLException e) {
        tx.rollback();
        throw e;
      }
    }
  }
}
