package vn.connector.examples.readme;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenField;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Household;
import vn.connector.population.model.Verification;

/** The README's population snippets, compiled as written (ReadmeSnippetsTest compares them). */
final class PopulationSnippets {

  private static final Logger log = LoggerFactory.getLogger(PopulationSnippets.class);

  private PopulationSnippets() {}

  static void population() {
    // README:population
    PopulationClient client =
        PopulationClient.builder()
            .configure(
                ConnectorConfig.fromEnvironment() // or set each option in code
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "CONNECTOR_CONFIG is not set: name the properties file with"
                                    + " the population.* keys (see Configuration)")))
            .build();
    CallContext context =
        CallContext.of(
            "CB-0042",
            "000.00.01.H56",
            DossierCode.parse("000.00.01.H56-240115-0001"),
            Purpose.IDENTITY_VERIFICATION);
    CitizenQuery query =
        CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

    // per field: found, name + birth date, gender vs record, gender vs ID
    Verification v = client.verify(context, query);
    Optional<Citizen> citizen = client.lookup(context, query); // the typed record
    client.lookup(context, query, EnumSet.of(CitizenField.NAME, CitizenField.PERMANENT_ADDRESS));
    Household household = client.household(context, query); // members, relation to the head
    // END README:population
  }

  static void bulk(PopulationClient client, CallContext context) throws Exception {
    // README:bulk
    Path csv = Path.of("commune.csv");
    long total;
    try (Stream<String> lines = Files.lines(csv)) {
      total = lines.count() - 1; // rows after the header line
    }
    Instant started = Instant.now();
    AtomicLong nextReport = new AtomicLong(); // epoch millis of the next progress line
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("results.csv")))) {
      client
          .bulkVerifier(context)
          .concurrency(8)
          .ratePerSecond(20)
          .onProgress( // called after every row: log every 10 s, not 100,000 lines
              p -> {
                long now = System.currentTimeMillis();
                long due = nextReport.get();
                if (now >= due && nextReport.compareAndSet(due, now + 10_000)) {
                  double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
                  double rate = p.done() / Math.max(seconds, 0.001);
                  long left = Math.round((total - p.done()) / Math.max(rate, 0.001));
                  log.info(
                      "{}/{} verified, {} failed, {}/s, about {} s left",
                      p.done(),
                      total,
                      p.failed(),
                      Math.round(rate),
                      left);
                }
              })
          .build()
          .runCsv( // streamed, constant memory; results arrive from several threads
              csv,
              r ->
                  out.println(
                      r.key()
                          + ","
                          + r.result()
                              .map(Verification::matched)
                              .map(String::valueOf)
                              .orElse("error")));
    }
    // END README:bulk
  }
}
