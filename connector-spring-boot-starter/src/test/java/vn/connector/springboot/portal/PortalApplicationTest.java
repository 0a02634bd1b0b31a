package vn.connector.springboot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.connector.core.Purpose;
import vn.connector.criminalrecord.VneidInbox;
import vn.connector.criminalrecord.VneidReceiver;
import vn.connector.nationalportal.NationalPortalSync;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.StartedPayment;
import vn.connector.population.PopulationClient;
import vn.connector.springboot.ConnectorHealth;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.payment.Delivery;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * The done-when test of issue 15: a portal with only application.yml and the starter verifies a
 * citizen, takes a payment through its CONFIRM endpoint and syncs a dossier through the outbox,
 * against the testkit's simulators on loopback.
 */
@SpringBootTest(
    classes = PortalApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApplicationTest {

  static {
    // Tomcat logs through java.util.logging: into SLF4J, where the test logging captures it, and
    // Boot leaves java.util.logging alone (its JUL set-up would add a console handler).
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final PopulationSimulator POPULATION = PopulationSimulator.start();
  private static final PaymentPlatformSimulator PAYMENT = PaymentPlatformSimulator.start();
  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start();
  private static final CriminalRecordSimulator CRIMINAL_RECORD = CriminalRecordSimulator.start();

  @DynamicPropertySource
  static void simulators(DynamicPropertyRegistry registry) {
    for (Simulator s : List.<Simulator>of(POPULATION, PAYMENT, PORTAL, CRIMINAL_RECORD)) {
      s.connectionInfo().forEach((k, v) -> registry.add("connector." + k, () -> v));
    }
  }

  @AfterAll
  static void stopSimulators() {
    POPULATION.close();
    PAYMENT.close();
    PORTAL.close();
    CRIMINAL_RECORD.close();
  }

  @LocalServerPort int port;
  @Autowired PopulationClient population;
  @Autowired PaymentClient payment;
  @Autowired DossierService dossiers;
  @Autowired Outbox outbox;
  @Autowired BlockingQueue<OutboxItem> deliveredItems;
  @Autowired List<ConfirmOutcome.Applied> paidDossiers;
  @Autowired ConnectorHealth health;
  @Autowired VneidInbox vneidInbox;
  @Autowired MeterRegistry meters;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void verifiesACitizenWithTheAutoConfiguredClient() {
    assertThat(
            population
                .verify(Samples.context(1, Purpose.IDENTITY_VERIFICATION), Samples.persona())
                .matched())
        .isTrue();
    assertThat(health.status("population").orElseThrow().lastSuccess()).isPresent();
  }

  @Test
  void countsCallsAndDeliveriesInTheApplicationsMeterRegistry() throws Exception {
    population.verify(Samples.context(8, Purpose.IDENTITY_VERIFICATION), Samples.persona());
    dossiers.receive(Samples.received(8));
    assertThat(deliveredItems.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isNotNull();

    assertThat(
            meters
                .find("connector.calls")
                .tags("system", "population", "outcome", "success")
                .counters())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.count()).isPositive());
    assertThat(meters.find("connector.outbox.deliveries").meters()).isNotEmpty();
    assertThat(meters.getMeters())
        .allSatisfy(
            m ->
                assertThat(m.getId().getTags())
                    .noneMatch(t -> t.getValue().contains(Samples.code(8).value())));
  }

  @Test
  void takesAPaymentThroughItsConfirmEndpoint() throws Exception {
    PAYMENT.registerCallback(local("/dvc/thanh-toan/confirm"));
    StartedPayment started = payment.start(Samples.context(2, Purpose.PAYMENT), Samples.fee(2));
    String reference = started.reference().value();

    PAYMENT.pay(reference);

    assertThat(PAYMENT.awaitDelivery(reference, WAIT)).isTrue();
    assertThat(PAYMENT.deliveries(reference))
        .extracting(Delivery::answerCode, Delivery::acknowledged)
        .containsExactly(tuple("00", true));
    assertThat(paidDossiers).extracting(p -> p.reference().value()).containsExactly(reference);
  }

  @Test
  void deliversADossierChangeAfterItsTransactionCommits() throws Exception {
    dossiers.receive(Samples.received(3));

    OutboxItem delivered = deliveredItems.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(delivered).isNotNull();
    assertThat(delivered.key()).isEqualTo(Samples.code(3).value());
    assertThat(delivered.system()).isEqualTo(NationalPortalSync.SYSTEM);
    assertThat(PORTAL.versions(Samples.code(3).value())).hasSize(1);
  }

  @Test
  void neverDeliversADossierChangeWhoseTransactionRolledBack() throws Exception {
    String code = Samples.code(4).value();

    assertThatThrownBy(() -> dossiers.receiveThenFail(Samples.received(4)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(dossiers.count(code)).isZero();
    // A later committed change goes out; the rolled-back one was never in the outbox to go.
    deliveredItems.clear();
    dossiers.receive(Samples.received(5));
    OutboxItem delivered = deliveredItems.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(delivered).isNotNull();
    assertThat(delivered.key()).isEqualTo(Samples.code(5).value());
    assertThat(outbox.report().pending()).isZero();
    assertThat(PORTAL.versions(code)).isEmpty();
  }

  @Test
  void refusesAConfirmDeclaredOversizedBeforeReadingIt() throws Exception {
    byte[] body = new byte[64 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) '{');

    HttpResponse<String> answer = post("/dvc/thanh-toan/confirm", body);

    assertThat(answer.statusCode()).isEqualTo(413);
  }

  @Test
  void takesADossierFiledThroughVneid() {
    String answer =
        CRIMINAL_RECORD.pushVneidDossier(
            local("/LLTP/TaoHoSo"), "ma-vneid-thu-nghiem", "000.00.01.H22-241115-0006", false);

    assertThat(answer).contains("\"statusCode\":\"00\"");
  }

  @Test
  void refusesAnOversizedVneidDossierOfUndeclaredLengthAfterItsLimit() throws Exception {
    // Chunked, so no Content-Length tells the endpoint in advance: it reads the limit + 1 bytes.
    byte[] body = new byte[VneidReceiver.MAX_BODY_BYTES + 1];
    HttpRequest request =
        HttpRequest.newBuilder(local("/LLTP/TaoHoSo?CodeGet=ma-vneid-thu-nghiem"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(vneidInbox.stateOf(Samples.code(7))).isEmpty();
  }

  @Test
  void showsHealthPerNationalSystemWithoutCallingIt() throws Exception {
    int before = PORTAL.sessionsIssued();

    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(local("/actuator/health/connector")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"population\"", "\"payment\"", "\"national-portal\"");
    assertThat(PORTAL.sessionsIssued()).isEqualTo(before);
  }

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(local(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI local(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
