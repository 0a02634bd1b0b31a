package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.TransportException;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

/** The testkit's gateway and token-endpoint faults, as the business registry client meets them. */
@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryGatewayFaultsTest {

  private static final EnterpriseCode ACTIVE =
      EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();

  private BusinessRegistryClient client(BusinessRegistrySimulator simulator, Duration deadline) {
    return simulator
        .clientBuilder()
        .noCache()
        .sleeper(pauses::add)
        .retryPolicy(RetryPolicy.builder().deadline(deadline).build())
        .build();
  }

  @Test
  void retriesBadGatewayAndGatewayTimeoutOfAnIdempotentRead(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.badGateway(), SimulatorFault.gatewayTimeout());
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(30))) {
      assertThat(client.find(Contexts.OFFICER, ACTIVE)).isPresent();
    }
    assertThat(simulator.apiCallCount()).isEqualTo(3);
  }

  @Test
  void honoursRetryAfterGivenAsAnHttpDate(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.serviceUnavailableUntil(Instant.now().plusSeconds(5)));
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(30))) {
      assertThat(client.find(Contexts.OFFICER, ACTIVE)).isPresent();
    }
    assertThat(pauses)
        .singleElement()
        .satisfies(p -> assertThat(p).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6)));
  }

  @Test
  void resendsAReadWhoseAnswerBrokeOffMidBody(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.resetMidBody());
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(30))) {
      assertThat(client.find(Contexts.OFFICER, ACTIVE)).isPresent();
    }
    assertThat(simulator.apiCallCount()).isEqualTo(2);
  }

  @Test
  void cutsASlowTrickleAtTheDeadline(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.slowTrickle(Duration.ofSeconds(20)));
    long t0 = System.nanoTime();
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> client.find(Contexts.OFFICER, ACTIVE))
          .isInstanceOf(TransportException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void refusesAnOversizedAnswer(BusinessRegistrySimulator simulator) {
    simulator.faults().next(SimulatorFault.oversizedBody(2 << 20));
    try (BusinessRegistryClient client =
        simulator.clientBuilder().noCache().maxAnswerBytes(1 << 20).build()) {
      assertThatThrownBy(() -> client.find(Contexts.OFFICER, ACTIVE))
          .isInstanceOf(ResponseException.class);
    }
  }

  @Test
  void aHungTokenEndpointEndsTheCallAtItsDeadlineAsRetryable(BusinessRegistrySimulator simulator) {
    simulator.tokenDesk().faults().next(SimulatorFault.hang());
    long t0 = System.nanoTime();
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> client.find(Contexts.OFFICER, ACTIVE))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    assertThat(simulator.apiCallCount()).isZero();
  }

  @Test
  void aTokenEndpointAnswering503IsRetriedNotTakenForRefusedCredentials(
      BusinessRegistrySimulator simulator) {
    simulator.tokenDesk().faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));
    try (BusinessRegistryClient client = client(simulator, Duration.ofSeconds(30))) {
      assertThat(client.find(Contexts.OFFICER, ACTIVE)).isPresent();
    }
    assertThat(pauses).hasSize(1);
  }
}
