package vn.connector.examples.civilregistry;

import java.io.PrintStream;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.connector.civilregistry.CivilRegistryClient;
import vn.connector.civilregistry.RegistrationListener;
import vn.connector.civilregistry.RegistrationTracker;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.Certificate;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.CivilRegistrySimulator;
import vn.connector.testkit.civilregistry.SampleRegistrations;

/**
 * Registers a birth with the civil registry, follows it with a tracker on the portal's database (H2
 * in memory here) to its result, and prints the child's new personal ID and the certificate's
 * digest.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.civilregistry.RegisterBirth
 * </pre>
 *
 * Runs against the embedded simulator, whose clock the example moves: the registry issues the
 * result a day after the push, and the example does not wait a day for it.
 */
public final class RegisterBirth {

  private static final String CODE = "000.00.01.H22-261201-0001";

  private RegisterBirth() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
    DataSource db = database();
    Outbox outbox = Outbox.builder().dataSource(db).clock(clock).createSchema(true).build();
    AtomicReference<RegistrationStatus> result = new AtomicReference<>();
    RegistrationListener listener =
        (Connection tx, RegistrationStatus status) -> result.set(status);
    try (CivilRegistrySimulator simulator = CivilRegistrySimulator.start(clock);
        CivilRegistryClient registry = simulator.clientBuilder().clock(clock).build();
        RegistrationTracker tracker =
            RegistrationTracker.builder(outbox, db, registry)
                .officer("he-thong-mot-cua", "000.00.01.H22")
                .listener(listener)
                .clock(clock)
                .build()) {
      BirthRegistration birth = SampleRegistrations.birth(CODE);
      CallContext context =
          CallContext.of(
              "canbo.hotich", "000.00.01.H22", DossierCode.parse(CODE), Purpose.PROCEDURE_HANDLING);
      PushReceipt receipt = registry.push(context, birth);
      out.println(
          "Pushed "
              + receipt.interlinkedCode()
              + ", "
              + receipt.attachmentsSent()
              + " attachment(s) sent");
      tracker.track(birth);
      for (int hour = 0; hour < 48 && result.get() == null; hour++) {
        tracker.pollOnce();
        clock.advance(Duration.ofHours(1));
      }
      print(out, result.get());
    }
  }

  private static void print(PrintStream out, RegistrationStatus status) {
    if (status == null) {
      out.println("No result within two days.");
      return;
    }
    out.println("State: " + status.state() + " (" + status.nationalState() + ")");
    Certificate c = status.certificate();
    if (c != null) {
      out.println("New personal ID: " + c.personalId().value());
      out.println("Register: book " + c.book() + ", page " + c.page());
      out.println("Certificate SHA-256: " + c.evidence().sha256());
    }
  }

  private static DataSource database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:register-birth-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }
}
