package vn.connector.testkit.civilregistry;

import vn.connector.civilregistry.InterlinkedClient;
import vn.connector.testkit.SimulatorExtension;

/**
 * JUnit 5 extension: one {@link InterlinkedServiceSimulator} per test class (system clock), reset
 * before each test; resolves parameters of type {@link InterlinkedServiceSimulator} and {@link
 * InterlinkedClient} (a fresh client per test whose retries do not wait).
 *
 * <pre>{@code
 * @ExtendWith(InterlinkedServiceExtension.class)
 * class IntakeTest {
 *   @Test
 *   void takesIn(InterlinkedClient client, InterlinkedServiceSimulator dvclt) { … }
 * }
 * }</pre>
 */
public final class InterlinkedServiceExtension
    extends SimulatorExtension<InterlinkedServiceSimulator, InterlinkedClient> {

  public InterlinkedServiceExtension() {
    super(InterlinkedServiceSimulator.class, InterlinkedClient.class);
  }

  @Override
  protected InterlinkedServiceSimulator start() {
    return InterlinkedServiceSimulator.start();
  }

  @Override
  protected InterlinkedClient client(InterlinkedServiceSimulator simulator) {
    return simulator.clientBuilder().sleeper(d -> {}).build();
  }
}
