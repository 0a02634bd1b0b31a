package vn.connector.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.core.AuditEvent;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.core.SignatureException;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/** The metrics of calls to the testkit's simulators, found in the registry and its scrape. */
class ConnectorMetricsTest {

  static final String CITIZEN_ID = "001090012345";
  static final String CITIZEN_NAME = "Nguyễn Văn An";
  static final String DOSSIER = "000.00.01.H22-241115-0001";
  static final CallContext CONTEXT =
      CallContext.of(
          "canbo.an", "000.00.01.H22", DossierCode.parse(DOSSIER), Purpose.PROCEDURE_HANDLING);
  static final CitizenQuery AN =
      CitizenQuery.of(CITIZEN_ID, CITIZEN_NAME, BirthDate.of(1990, 1, 15), Gender.MALE);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ConnectorMetrics metrics = ConnectorMetrics.of(registry);
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private final PopulationSimulator population = PopulationSimulator.start();

  @AfterEach
  void stop() {
    metrics.close();
    population.close();
  }

  private PopulationClient populationClient() {
    return population
        .clientBuilder(PopulationProfile.LGSP_JSON)
        .sleeper(new RecordingSleeper())
        .auditListener(audit::add)
        .observer(metrics.observer())
        .build();
  }

  private double count(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  @Test
  void countsCallsByOutcomeAndTimesThemWithAHistogram() {
    try (PopulationClient client = populationClient()) {
      client.verify(CONTEXT, AN);
      client.verify(CONTEXT, AN);
    }

    assertThat(count("connector.calls", "system", "population", "outcome", "success")).isEqualTo(2);
    var timer = registry.get("connector.call.duration").tags("outcome", "success").timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(registry.scrape())
        .contains("connector_calls_total{")
        .contains("connector_call_duration_seconds_bucket{")
        .contains("connector_attempts_total{")
        .contains("connector_token_fetches_total{");
    assertThat(count("connector.attempts", "status", "2xx", "outcome", "success")).isEqualTo(2);
    assertThat(count("connector.token.fetches", "system", "population", "outcome", "success"))
        .isEqualTo(1);
  }

  @Test
  void countsRetriesByReason() {
    population.faults().next(new SimulatorFault.ServiceUnavailable(Duration.ofSeconds(1)));

    try (PopulationClient client = populationClient()) {
      client.verify(CONTEXT, AN);
    }

    assertThat(count("connector.retries", "reason", "status")).isEqualTo(1);
    assertThat(count("connector.attempts", "status", "5xx", "outcome", "service_refused"))
        .isEqualTo(1);
    assertThat(count("connector.calls", "outcome", "success")).isEqualTo(1);
  }

  @Test
  void countsCacheHitsAndMissesOfTheBusinessRegistry() {
    try (BusinessRegistrySimulator registrySim = BusinessRegistrySimulator.start();
        BusinessRegistryClient client =
            BusinessRegistryClient.builder()
                .endpoint(registrySim.baseUrl())
                .auth(
                    Auth.oauth2ClientCredentials(
                        registrySim.tokenUrl(),
                        BusinessRegistrySimulator.CONSUMER_KEY,
                        Secret.of(BusinessRegistrySimulator.CONSUMER_SECRET)))
                .observer(metrics.observer())
                .build()) {
      EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
      client.find(CONTEXT, code);
      client.find(CONTEXT, code);
    }

    assertThat(count("connector.cache.lookups", "system", "business-registry", "result", "miss"))
        .isEqualTo(1);
    assertThat(count("connector.cache.lookups", "system", "business-registry", "result", "hit"))
        .isEqualTo(1);
    assertThat(count("connector.calls", "system", "business-registry", "outcome", "success"))
        .isEqualTo(2);
  }

  @Test
  void countsAnswersWhoseSignatureIsRefused() {
    TestPki pki = TestPki.generate();
    try (BusinessRegistrySimulator secured = BusinessRegistrySimulator.startSecured(pki);
        BusinessRegistryClient client =
            secured.clientBuilder().noCache().observer(metrics.observer()).build()) {
      secured.nextSecurityFaults(SecurityFault.BODY_CHANGED_AFTER_SIGNING);

      assertThatThrownBy(
              () -> client.find(CONTEXT, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOf(SignatureException.class);
    }

    assertThat(count("connector.signature.failures", "system", "business-registry")).isEqualTo(1);
    assertThat(count("connector.calls", "outcome", "signature_invalid")).isEqualTo(1);
  }

  @Test
  void recordsBulkProgressFromTheVerifiersProgressReports() {
    try (PopulationClient client = populationClient()) {
      client
          .bulkVerifier(CONTEXT)
          .expectedRows(3)
          .onProgress(
              Duration.ZERO,
              p -> metrics.bulkProgress("commune-check", p.done(), p.failed(), p.total()))
          .build()
          .run(List.of(AN, AN, AN).iterator(), r -> {});
    }

    assertThat(registry.get("connector.bulk.rows").tags("state", "done").gauge().value())
        .isEqualTo(3);
    assertThat(registry.get("connector.bulk.rows").tags("state", "total").gauge().value())
        .isEqualTo(3);
    assertThat(registry.get("connector.bulk.rows").tags("state", "failed").gauge().value())
        .isZero();
  }

  @Test
  void refusesABulkJobNameThatCouldBeAnIdAndMasksIt() {
    assertThatThrownBy(
            () -> metrics.bulkProgress("Dossier " + CITIZEN_ID, 1, 0, OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("job:")
        .hasMessageNotContaining(CITIZEN_ID);
  }

  @Test
  void noTagValueIsAnIdANameADossierOrARequestId() {
    population.faults().next(new SimulatorFault.ServiceUnavailable(Duration.ofSeconds(1)));
    try (PopulationClient client = populationClient()) {
      client.verify(CONTEXT, AN);
      client.verify(CONTEXT, CitizenQuery.of("001090099999", CITIZEN_NAME, BirthDate.ofYear(1990)));
    }

    List<String> values =
        registry.getMeters().stream()
            .map(Meter::getId)
            .flatMap(id -> id.getTags().stream())
            .map(Tag::getValue)
            .toList();
    assertThat(values).isNotEmpty();
    assertThat(values)
        .noneMatch(v -> v.matches(".*[0-9]{6,}.*"))
        .noneMatch(v -> v.contains(CITIZEN_NAME) || v.contains("An"))
        .noneMatch(v -> v.contains(DOSSIER) || v.contains("canbo"));
    for (AuditEvent e : audit) {
      assertThat(values).doesNotContain(e.requestId());
    }
    assertThat(registry.scrape())
        .contains("connector_retries_total{")
        .doesNotContain(CITIZEN_ID)
        .doesNotContain(DOSSIER);
  }
}
