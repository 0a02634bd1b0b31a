package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.population.Fixtures.CONTEXT;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.population.PopulationSimulator;

/** What the population simulator checks before it answers (issue 8, testkit). */
class PopulationSimulatorGateTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  private static int post(java.net.URI uri, String contentType, String soapAction)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
            .header("Content-Type", contentType);
    if (soapAction != null) {
      b.header("SOAPAction", soapAction);
    }
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void checksAuthBeforeServingAQueuedFault() throws Exception {
    try (PopulationSimulator simulator = PopulationSimulator.start()) {
      simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));

      assertThat(post(simulator.directEndpoint(), "application/xml", "\"\"")).isEqualTo(401);
      assertThat(simulator.faults().draw())
          .as("the fault waits for an authenticated call")
          .isPresent();
    }
  }

  @Test
  void theDirectPathRefusesAnotherContentTypeOrSoapActionOnceAuthPassed() {
    try (PopulationSimulator simulator = PopulationSimulator.start();
        PopulationClient client =
            simulator
                .clientBuilder(PopulationProfile.DIRECT)
                .interceptor(
                    new vn.connector.core.ExchangeInterceptor() {
                      @Override
                      public vn.connector.core.HttpRequest beforeSend(
                          vn.connector.core.Call call, vn.connector.core.HttpRequest request) {
                        return request.withHeader("SOAPAction", "urn:TraCuu");
                      }
                    })
                .sleeper(new RecordingSleeper())
                .build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              vn.connector.core.ServiceException.class,
              e -> assertThat(e.httpStatus()).hasValue(415));
    }
  }

  @Test
  void directCallsOfTheClientPassTheFramingChecks() {
    try (PopulationSimulator simulator = PopulationSimulator.start();
        PopulationClient client =
            simulator
                .clientBuilder(PopulationProfile.DIRECT)
                .sleeper(new RecordingSleeper())
                .build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      var sent = Fixtures.requests(simulator).get(0);
      assertThat(sent.getHeader("SOAPAction")).isEqualTo("\"\"");
      assertThat(sent.getHeader("Content-Type")).startsWith("application/xml");
    }
  }

  @Test
  void lgspTokensExpireAndTheClientFetchesANewOne() {
    TestClock clock = TestClock.at(Instant.now());
    try (PopulationSimulator simulator = PopulationSimulator.builder().clock(clock).build();
        PopulationClient client =
            simulator
                .clientBuilder(PopulationProfile.LGSP_JSON)
                .sleeper(new RecordingSleeper())
                .build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      clock.advance(Duration.ofHours(2));

      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();

      assertThat(Fixtures.requests(simulator))
          .filteredOn(r -> r.getUrl().endsWith("XacThucThongTinCongDan"))
          .extracting(r -> r.getHeader("Authorization"))
          .hasSize(3)
          .satisfies(
              a -> {
                assertThat(a.get(1)).as("the expired token, refused").isEqualTo(a.get(0));
                assertThat(a.get(2)).as("a fresh one").isNotEqualTo(a.get(0));
              });
    }
  }
}
