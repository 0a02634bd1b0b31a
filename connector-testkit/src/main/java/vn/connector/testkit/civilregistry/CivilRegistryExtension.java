package vn.connector.testkit.civilregistry;

import vn.connector.civilregistry.CivilRegistryClient;
import vn.connector.testkit.SimulatorExtension;

/**
 * JUnit 5 extension: one {@link CivilRegistrySimulator} per test class (system clock), reset before
 * each test; resolves parameters of type {@link CivilRegistrySimulator} and {@link
 * CivilRegistryClient} (a fresh client per test whose retries do not wait). Dossiers stay between
 * the tests of a class: give each test its own interlinked codes.
 *
 * <pre>{@code
 * @ExtendWith(CivilRegistryExtension.class)
 * class PushTest {
 *   @Test
 *   void pushes(CivilRegistryClient client, CivilRegistrySimulator registry) { … }
 * }
 * }</pre>
 */
public final class CivilRegistryExtension
    extends SimulatorExtension<CivilRegistrySimulator, CivilRegistryClient> {

  public CivilRegistryExtension() {
    super(CivilRegistrySimulator.class, CivilRegistryClient.class);
  }

  @Override
  protected CivilRegistrySimulator start() {
    return CivilRegistrySimulator.start();
  }

  @Override
  protected CivilRegistryClient client(CivilRegistrySimulator simulator) {
    return simulator.clientBuilder().sleeper(d -> {}).build();
  }
}
