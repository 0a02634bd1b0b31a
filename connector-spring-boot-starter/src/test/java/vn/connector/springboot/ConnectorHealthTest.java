package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.AuditEvent;
import vn.connector.core.AuditEvent.Outcome;
import vn.connector.core.AuditListener;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.security.TestCa;

class ConnectorHealthTest {

  private final TestClock clock = TestClock.at(Instant.now());

  @Test
  void isDownAfterTheConfiguredFailuresInARow() {
    ConnectorHealth health = new ConnectorHealth(clock, 3, List.of());
    AuditListener population = health.listenerFor("population");

    population.onEvent(event(Outcome.TRANSPORT_FAILED));
    population.onEvent(event(Outcome.RESPONSE_INVALID));
    assertThat(health.status("population").orElseThrow().down()).isFalse();
    population.onEvent(event(Outcome.SIGNATURE_INVALID));

    ConnectorHealth.Status status = health.status("population").orElseThrow();
    assertThat(status.down()).isTrue();
    assertThat(status.consecutiveFailures()).isEqualTo(3);
    assertThat(status.lastFailure()).contains(Outcome.SIGNATURE_INVALID);
  }

  @Test
  void aRefusalProvesTheSystemAnsweredAndResetsTheFailures() {
    ConnectorHealth health = new ConnectorHealth(clock, 2, List.of());
    AuditListener payment = health.listenerFor("payment");

    payment.onEvent(event(Outcome.TRANSPORT_FAILED));
    payment.onEvent(event(Outcome.SERVICE_REFUSED));
    payment.onEvent(event(Outcome.TRANSPORT_FAILED));

    ConnectorHealth.Status status = health.status("payment").orElseThrow();
    assertThat(status.down()).isFalse();
    assertThat(status.consecutiveFailures()).isEqualTo(1);
    assertThat(status.lastSuccess()).contains(clock.instant());
  }

  @Test
  void keepsEachSystemApart() {
    ConnectorHealth health = new ConnectorHealth(clock, 1, List.of());

    health.listenerFor("population").onEvent(event(Outcome.FAILED));
    health.listenerFor("business").onEvent(event(Outcome.SUCCESS));

    assertThat(health.statuses()).containsOnlyKeys("business", "population");
    assertThat(health.status("population").orElseThrow().down()).isTrue();
    assertThat(health.status("business").orElseThrow().down()).isFalse();
    assertThat(health.status("postal")).isEmpty();
  }

  @Test
  void countsTheDaysLeftOnTheClientCertificate() {
    TestCa ca = TestCa.create("Test national CA");
    var agency =
        ca.issue(TestCa.Profile.signing("So TTTT").validity(Duration.ofDays(-1), daysAnd(30)));
    ConnectorHealth health = new ConnectorHealth(clock, 3, agency.chain());
    health.listenerFor("population");

    assertThat(health.status("population").orElseThrow().certificateDaysLeft()).contains(30L);
    assertThat(health.status("population").orElseThrow().down()).isFalse();

    clock.advance(Duration.ofDays(31));
    assertThat(health.status("population").orElseThrow().down()).isTrue();
  }

  @Test
  void refusesAThresholdBelowOneNamingTheKey() {
    assertThatThrownBy(() -> new ConnectorHealth(clock, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connector.health.failureThreshold");
  }

  /** A few hours past the day, so the whole days left do not depend on the test's speed. */
  private static Duration daysAnd(int days) {
    return Duration.ofDays(days).plusHours(2);
  }

  private AuditEvent event(Outcome outcome) {
    return new AuditEvent(
        clock.instant(), "population", "verify", "req-1", null, outcome, Duration.ZERO, 1, "");
  }
}
