package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.business.Contexts.OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.EnterpriseCode;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryConcurrencyTest {

  @Test
  void sharesOneClientAcrossThreads(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) throws Exception {
    List<String> codes = simulator.enterpriseCodes();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        EnterpriseCode code = EnterpriseCode.parse(codes.get(i % codes.size()));
        results.add(
            pool.submit(() -> client.find(OFFICER, code).orElseThrow().code().equals(code)));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(simulator.apiCallCount()).isBetween(codes.size(), 200);
    assertThat(simulator.tokensIssued()).isEqualTo(1);
  }
}
