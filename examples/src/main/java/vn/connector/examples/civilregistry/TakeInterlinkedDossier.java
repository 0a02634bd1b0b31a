package vn.connector.examples.civilregistry;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.connector.civilregistry.InterlinkedClient;
import vn.connector.civilregistry.StatusOutbox;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedState;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.CallContext;
import vn.connector.core.Purpose;
import vn.connector.core.RetryPolicy;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.civilregistry.SampleRecords;

/**
 * Takes interlinked dossiers in from DVC liên thông (list, fetch, acknowledge) and pushes their
 * statuses back through the outbox, which resends while the service answers "chưa cập nhật trạng
 * thái". What a portal's scheduler would run every few minutes.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.civilregistry.TakeInterlinkedDossier
 * </pre>
 */
public final class TakeInterlinkedDossier {

  private static final String CODE = "000.00.01.H22-261201-0101";

  private TakeInterlinkedDossier() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // The outbox's clock is moved by hand so that the resend after its backoff needs no waiting.
    TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
    DataSource db = database();
    Outbox outbox = Outbox.builder().dataSource(db).clock(clock).createSchema(true).build();
    try (InterlinkedServiceSimulator service = InterlinkedServiceSimulator.start(clock);
        InterlinkedClient dvclt =
            service.clientBuilder().clock(clock).retryPolicy(RetryPolicy.none()).build()) {
      service.addDossier("101", "KS", CODE, SampleRecords.birth());
      service.answerStatusWith("Chưa cập nhật trạng thái hồ sơ", 1);
      StatusOutbox statuses = new StatusOutbox(outbox, dvclt);
      for (InterlinkedSummary summary : dvclt.list()) {
        CallContext context =
            CallContext.of(
                "canbo.hotich", "000.00.01.H22", summary.dossierCode(), Purpose.PROCEDURE_HANDLING);
        InterlinkedDossier dossier = dvclt.fetch(context, summary.id());
        BirthRegistration birth = (BirthRegistration) dossier.registration();
        out.println(
            "Took "
                + summary.dossierCode()
                + ": birth of "
                + birth.child().fullName()
                + " on "
                + birth.child().birthDate());
        dvclt.acknowledge(summary.dossierCode());
        statuses.enqueue(update(summary, InterlinkedState.RECEIVED));
        statuses.enqueue(update(summary, InterlinkedState.SENT_TO_REGISTRY));
      }
      try (Dispatcher dispatcher = statuses.register(Dispatcher.builder(outbox)).build()) {
        for (int round = 0; round < 20 && outbox.report().pending() > 0; round++) {
          // Delivers what is due now; an item answered with a retry phrase is due after a backoff.
          dispatcher.dispatchOnce();
          clock.advance(Duration.ofMinutes(1));
        }
      }
      out.println("Statuses the service recorded for " + CODE + ": " + service.statuses(CODE));
    }
  }

  private static StatusUpdate update(InterlinkedSummary s, InterlinkedState state) {
    return StatusUpdate.builder(
            s.procedureCode(),
            s.dossierCode().value(),
            s.dossierCode(),
            state,
            LocalDateTime.of(2026, 12, 1, 9, 0).plusMinutes(state.code()))
        .handler("Nguyễn Văn Bảo", "Công chức tư pháp - hộ tịch", "UBND phường")
        .build();
  }

  private static DataSource database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:interlinked-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }
}
