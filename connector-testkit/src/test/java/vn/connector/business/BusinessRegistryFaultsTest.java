package vn.connector.business;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.business.Contexts.OFFICER;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;
import vn.connector.core.TransportException;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryFaultsTest {

  private static final EnterpriseCode ACTIVE =
      EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @Test
  void retriesServiceUnavailableHonouringRetryAfterWithSameRequest(
      BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(7)));
    try (BusinessRegistryClient client = simulator.clientBuilder().sleeper(pauses::add).build()) {
      assertThat(client.find(OFFICER, ACTIVE)).isPresent();
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(7));
    var calls =
        simulator
            .wireMock()
            .findAll(getRequestedFor(urlPathEqualTo("/apiCSDLDKDN/1.0/chiTietDoanhNghiep")));
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).getUrl()).isEqualTo(calls.get(1).getUrl());
  }

  @Test
  void endsWithRetryableServiceExceptionWhenServiceStaysUnavailable(
      BusinessRegistrySimulator simulator) {
    SimulatorFault busy = SimulatorFault.serviceUnavailable(Duration.ofSeconds(1));
    simulator.faults().next(busy, busy, busy);
    try (BusinessRegistryClient client =
        simulator
            .clientBuilder()
            .sleeper(pauses::add)
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .build()) {
      assertThatThrownBy(() -> client.find(OFFICER, ACTIVE))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(503);
                assertThat(e.isRetryable()).isTrue();
              });
    }
    assertThat(pauses).hasSize(2);
    assertThat(simulator.apiCallCount()).isEqualTo(3);
  }

  @Test
  void retriesTooManyRequests(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.tooManyRequests(Duration.ofSeconds(2)));
    try (BusinessRegistryClient client = simulator.clientBuilder().sleeper(pauses::add).build()) {
      assertThat(client.find(OFFICER, ACTIVE)).isPresent();
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void rejectsMalformedBodyAsResponseException(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.malformedBody());

    assertThatThrownBy(() -> client.find(OFFICER, ACTIVE))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void rejectsTruncatedBodyAsResponseException(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.truncatedBody());

    assertThatThrownBy(() -> client.find(OFFICER, ACTIVE)).isInstanceOf(ResponseException.class);
  }

  @Test
  void doesNotCacheAnUnreadableAnswer(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.malformedBody());
    assertThatThrownBy(() -> client.find(OFFICER, ACTIVE)).isInstanceOf(ResponseException.class);

    assertThat(client.find(OFFICER, ACTIVE)).isPresent();
  }

  @Test
  void retriesConnectionResetThenReportsTransportFailure(BusinessRegistrySimulator simulator) {
    simulator
        .faults()
        .next(
            SimulatorFault.connectionReset(),
            SimulatorFault.connectionReset(),
            SimulatorFault.connectionReset());
    try (BusinessRegistryClient client = simulator.clientBuilder().sleeper(pauses::add).build()) {
      assertThatThrownBy(() -> client.find(OFFICER, ACTIVE)).isInstanceOf(TransportException.class);
    }
    assertThat(simulator.apiCallCount()).isEqualTo(3);
  }

  @Test
  void timesOutOnSlowAnswer(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.delay(Duration.ofSeconds(2)));
    try (BusinessRegistryClient client =
        simulator
            .clientBuilder()
            .responseTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(() -> client.find(OFFICER, ACTIVE)).isInstanceOf(TransportException.class);
    }
  }
}
