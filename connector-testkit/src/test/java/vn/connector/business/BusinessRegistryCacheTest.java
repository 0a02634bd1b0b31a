package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.business.Contexts.OFFICER;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.EnterpriseCode;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryCacheTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-01-15T02:00:00Z"));

  @Test
  void asksAgainOnceTheCachedEntryExpires(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client =
        simulator.clientBuilder().clock(clock).cache(Duration.ofMinutes(10), 100).build()) {
      EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
      client.find(OFFICER, code);
      clock.advance(Duration.ofMinutes(9));
      client.find(OFFICER, code);
      assertThat(simulator.apiCallCount()).isEqualTo(1);

      clock.advance(Duration.ofMinutes(2));
      client.find(OFFICER, code);
      assertThat(simulator.apiCallCount()).isEqualTo(2);
    }
  }

  @Test
  void evictsLeastRecentlyUsedBeyondMaxEntries(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client =
        simulator.clientBuilder().clock(clock).cache(Duration.ofMinutes(10), 2).build()) {
      EnterpriseCode a = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
      EnterpriseCode b = EnterpriseCode.parse(BusinessRegistrySimulator.SUSPENDED);
      EnterpriseCode c = EnterpriseCode.parse(BusinessRegistrySimulator.DISSOLVED);
      client.find(OFFICER, a);
      client.find(OFFICER, b);
      client.find(OFFICER, a);
      client.find(OFFICER, c);
      assertThat(simulator.apiCallCount()).isEqualTo(3);

      client.find(OFFICER, a);
      assertThat(simulator.apiCallCount()).isEqualTo(3);
      client.find(OFFICER, b);
      assertThat(simulator.apiCallCount()).isEqualTo(4);
    }
  }
}
