package vn.connector.examples.criminalrecord;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.ResultReporter;
import vn.connector.criminalrecord.VneidInbox;
import vn.connector.criminalrecord.VneidReceiver;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.ResultReport;
import vn.connector.criminalrecord.model.VneidAnswer;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;

/**
 * Receives a dossier VNeID pushes ({@code POST /LLTP/TaoHoSo?CodeGet=…} on a small listener hosting
 * {@link VneidReceiver}), then reports its result to the ministry through the outbox; the
 * ministry's first answer is the transient {@code 03}, which the transport sends again.
 *
 * <p>Runs against the embedded simulator, which plays both VNeID and the ministry.
 *
 * <pre>
 * {@code mvn -pl examples exec:java -Dexec.mainClass=vn.connector.examples.criminalrecord.ReceiveVneidDossier}
 * </pre>
 */
public final class ReceiveVneidDossier {

  private static final String CODE_GET = "example-shared-code";
  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241116-0042");

  private ReceiveVneidDossier() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** The whole flow; the reports the ministry applied. */
  static List<String> run(PrintStream out) throws Exception {
    VneidInbox.InMemory inbox = VneidInbox.inMemory();
    VneidReceiver receiver = new VneidReceiver(inbox, Secret.of(CODE_GET));
    HttpServer listener = listen(receiver);
    try (CriminalRecordSimulator simulator = CriminalRecordSimulator.start();
        CriminalRecordClient client =
            CriminalRecordSetup.client(ConnectorConfig.of(simulator.connectionInfo()))) {
      URI endpoint =
          URI.create("http://127.0.0.1:" + listener.getAddress().getPort() + "/LLTP/TaoHoSo");
      out.println(
          "VNeID push answered: "
              + simulator.pushVneidDossier(endpoint, CODE_GET, DOSSIER.value(), false));
      out.println(
          "Pushed again: "
              + simulator.pushVneidDossier(endpoint, CODE_GET, DOSSIER.value(), false));

      Outbox outbox =
          Outbox.builder().dataSource(CriminalRecordSetup.database()).createSchema(true).build();
      ResultReporter reporter = new ResultReporter(client);
      reporter.enqueue(outbox, context(), result(simulator));
      simulator.interruptNextReports(1);
      try (Dispatcher dispatcher =
          Dispatcher.builder(outbox)
              .deliverer(ResultReporter.SYSTEM, ResultReporter.TYPE, reporter.deliverer())
              .build()) {
        dispatcher.dispatchOnce();
      }
      List<String> applied = simulator.reportsApplied(DOSSIER.value());
      out.println(
          "Reports applied at the ministry: "
              + applied
              + ", still pending: "
              + outbox.report().pending());
      return applied;
    } finally {
      listener.stop(0);
    }
  }

  private static HttpServer listen(VneidReceiver receiver) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/LLTP/TaoHoSo",
        exchange -> {
          String query = exchange.getRequestURI().getRawQuery();
          String codeGet =
              query != null && query.startsWith("CodeGet=")
                  ? URLDecoder.decode(query.substring(8), StandardCharsets.UTF_8)
                  : null;
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(VneidReceiver.MAX_BODY_BYTES + 1);
          }
          VneidAnswer answer = receiver.handle(codeGet, body);
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(200, answer.body().length);
          exchange.getResponseBody().write(answer.body());
          exchange.close();
        });
    server.start();
    return server;
  }

  private static CallContext context() {
    return CallContext.of("canbo.nguyenvana", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING);
  }

  private static ResultReport result(CriminalRecordSimulator simulator) {
    return ResultReport.result(
        DOSSIER,
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
            CriminalRecordSimulator.certificateOf(DOSSIER.value()),
            null));
  }
}
