package vn.connector.testkit.skeleton;

import vn.connector.skeleton.SkeletonClient;
import vn.connector.testkit.SimulatorExtension;

/**
 * JUnit 5 extension for the skeleton connector: a {@link SkeletonSimulator} per test class, a fresh
 * {@link SkeletonClient} per test parameter.
 *
 * <pre>{@code
 * @ExtendWith(SkeletonExtension.class)
 * class PushTest {
 *   @Test
 *   void pushes(SkeletonClient client, SkeletonSimulator simulator) { … }
 * }
 * }</pre>
 */
public final class SkeletonExtension extends SimulatorExtension<SkeletonSimulator, SkeletonClient> {

  public SkeletonExtension() {
    super(SkeletonSimulator.class, SkeletonClient.class);
  }

  @Override
  protected SkeletonSimulator start() {
    return SkeletonSimulator.start();
  }

  @Override
  protected SkeletonClient client(SkeletonSimulator simulator) {
    return simulator.clientBuilder().sleeper(d -> {}).build();
  }
}
