package vn.connector.examples.readme;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
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
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("results.csv")))) {
      client
          .bulkVerifier(context)
          .concurrency(8)
          .ratePerSecond(20)
          .onProgress( // every 10 s and once at the end: not 100,000 lines for 100,000 rows
              Duration.ofSeconds(10),
              p ->
                  log.info(
                      "{}/{} verified, {} failed, {}/s, about {} s left",
                      p.done(),
                      p.total().orElse(-1), // runCsv counts the rows first
                      p.failed(),
                      Math.round(p.ratePerSecond()),
                      p.timeLeft().map(Duration::toSeconds).orElse(-1L)))
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
