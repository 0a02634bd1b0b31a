package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.AuditEvent;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.HttpRequest;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.core.TransportException;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.Credentials;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;
import vn.connector.testkit.population.RecordingAuditListener;

@ExtendWith(PopulationSimulatorExtension.class)
class PopulationFailureTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @Test
  void rejectsBadInputBeforeAnyRequest(PopulationClient client, PopulationSimulator simulator) {
    assertThatThrownBy(
            () ->
                client.verify(
                    CONTEXT, CitizenQuery.of("00109001234X", "An", BirthDate.ofYear(1990))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizenId:");
    assertThatThrownBy(
            () ->
                client.verify(CONTEXT, CitizenQuery.of("001090012345", "", BirthDate.ofYear(1990))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fullName");
    assertThatThrownBy(
            () ->
                client.lookup(
                    CONTEXT, CitizenQuery.of("001090012345", "An", BirthDate.of(1990, 2, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate:");
    assertThatThrownBy(() -> client.household(null, AN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("context");
    assertThatThrownBy(() -> client.verify(CONTEXT, null)).isInstanceOf(NullPointerException.class);

    assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesBadSecretWithTypedException(PopulationSimulator simulator) {
    Credentials c = simulator.credentials();
    Auth wrong =
        Auth.c06SignedBasic(
            c.user(), Secret.of("not-the-secret"), Secret.of(c.apiKey()), c.xRoadClient(), null);

    assertUnauthorized(simulator, wrong, Clock.systemUTC());
  }

  @Test
  void refusesStaleTimestamp(PopulationSimulator simulator) {
    Credentials c = simulator.credentials();
    Auth right =
        Auth.c06SignedBasic(
            c.user(), Secret.of(c.secret()), Secret.of(c.apiKey()), c.xRoadClient(), null);
    Clock sixMinutesBehind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));

    assertUnauthorized(simulator, right, sixMinutesBehind);
  }

  @Test
  void refusesMissingApiKey(PopulationSimulator simulator) {
    Credentials c = simulator.credentials();
    Auth signed =
        Auth.c06SignedBasic(
            c.user(), Secret.of(c.secret()), Secret.of(c.apiKey()), c.xRoadClient(), null);
    Auth withoutApiKey = (request, support) -> without(signed.apply(request, support), "ApiKey");

    assertUnauthorized(simulator, withoutApiKey, Clock.systemUTC());
  }

  @Test
  void retriesServiceUnavailableWithSameRequestId(
      PopulationClient client, PopulationSimulator simulator, RecordingSleeper sleeper) {
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));

    assertThat(client.verify(CONTEXT, AN).matched()).isTrue();

    List<LoggedRequest> sent = Fixtures.requests(simulator);
    assertThat(sent).hasSize(2);
    assertThat(Fixtures.maYeuCau(sent.get(0)))
        .isNotBlank()
        .isEqualTo(Fixtures.maYeuCau(sent.get(1)));
    assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(2));
  }

  @Test
  void eachLogicalCallGetsItsOwnRequestId(PopulationClient client, PopulationSimulator simulator) {
    client.verify(CONTEXT, AN);
    client.verify(CONTEXT, AN);

    List<LoggedRequest> sent = Fixtures.requests(simulator);
    assertThat(Fixtures.maYeuCau(sent.get(0))).isNotEqualTo(Fixtures.maYeuCau(sent.get(1)));
  }

  @Test
  void retriesConnectionReset(PopulationClient client, PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.connectionReset());

    assertThat(client.lookup(CONTEXT, AN)).isPresent();
    assertThat(Fixtures.requests(simulator)).hasSize(2);
  }

  @Test
  void timesOutAsTransportException(PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.delay(Duration.ofMillis(1500)));
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .responseTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(() -> client.verify(CONTEXT, AN)).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void malformedBodyIsResponseException(PopulationClient client, PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.malformedBody());

    assertThatThrownBy(() -> client.lookup(CONTEXT, AN))
        .isInstanceOf(ResponseException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("001090012345"));
  }

  @Test
  void truncatedBodyIsResponseException(PopulationClient client, PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.truncatedBody());

    assertThatThrownBy(() -> client.household(CONTEXT, AN)).isInstanceOf(ResponseException.class);
  }

  @Test
  void emitsOneAuditEventPerCallWithoutPersonalData(
      PopulationClient client, RecordingAuditListener audit, PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));

    client.lookup(CONTEXT, AN);

    assertThat(audit.events()).hasSize(1);
    AuditEvent e = audit.events().get(0);
    assertThat(e.system()).isEqualTo("population");
    assertThat(e.operation()).isEqualTo("TraCuuThongTinCongDan");
    assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
    assertThat(e.toString()).doesNotContain("001090012345", "Nguyễn", "19900115");
  }

  @Test
  void auditsRefusedCallToo(
      PopulationClient client, RecordingAuditListener audit, PopulationSimulator simulator) {
    simulator.faults().next(SimulatorFault.malformedBody());

    assertThatThrownBy(() -> client.verify(CONTEXT, AN)).isInstanceOf(ResponseException.class);

    assertThat(audit.events())
        .singleElement()
        .extracting(AuditEvent::outcome)
        .isEqualTo(AuditEvent.Outcome.RESPONSE_INVALID);
  }

  private static void assertUnauthorized(PopulationSimulator simulator, Auth auth, Clock clock) {
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .auth(auth)
            .clock(clock)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(401);
                assertThat(e.getMessage())
                    .doesNotContain("001090012345", simulator.credentials().secret());
              });
    }
  }

  private static HttpRequest without(HttpRequest r, String header) {
    Map<String, List<String>> headers = new LinkedHashMap<>(r.headers());
    headers.keySet().removeIf(k -> k.equalsIgnoreCase(header));
    return new HttpRequest(r.method(), r.uri(), headers, r.body());
  }
}
