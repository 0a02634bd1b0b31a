package vn.connector.testkit.business;

import vn.connector.business.BusinessRegistryClient;
import vn.connector.testkit.SimulatorExtension;

/**
 * JUnit 5 extension: one {@link BusinessRegistrySimulator} per test class, on a free port, reset
 * before each test (request journal, faults, token faults); resolves test parameters of type {@link
 * BusinessRegistrySimulator} and {@link BusinessRegistryClient} (a fresh client per test, NGSP
 * profile, default cache, retries that do not wait; closed after the test).
 *
 * <pre>{@code
 * @ExtendWith(BusinessRegistryExtension.class)
 * class LookupTest {
 *   @Test
 *   void findsEnterprise(BusinessRegistryClient client, BusinessRegistrySimulator simulator) { … }
 * }
 * }</pre>
 */
public final class BusinessRegistryExtension
    extends SimulatorExtension<BusinessRegistrySimulator, BusinessRegistryClient> {

  public BusinessRegistryExtension() {
    super(BusinessRegistrySimulator.class, BusinessRegistryClient.class);
  }

  @Override
  protected BusinessRegistrySimulator start() {
    return BusinessRegistrySimulator.start();
  }

  @Override
  protected BusinessRegistryClient client(BusinessRegistrySimulator simulator) {
    return simulator.clientBuilder().sleeper(d -> {}).build();
  }
}
