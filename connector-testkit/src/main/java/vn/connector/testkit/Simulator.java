package vn.connector.testkit;

import java.net.URI;
import java.util.Map;

/**
 * A running simulator of one national system, listening on loopback.
 *
 * <p>Every simulator in the testkit follows the wire contract of its system exactly, enforces its
 * auth scheme and refuses what the real system would refuse. Faults are injected through {@link
 * #faults()}. Each simulator starts with {@code start()} (plain HTTP on a free loopback port) and,
 * where its system has a secured profile, {@code startSecured(TestPki)}; {@link SimulatorExtension}
 * is the one JUnit 5 pattern for all of them.
 */
public interface Simulator extends AutoCloseable {

  /** Short system name, such as {@code population} or {@code payment}. */
  String system();

  /** Base URL of the simulated service on loopback. */
  URI baseUrl();

  /**
   * What a portal written in any language needs to connect: URLs and the simulator's test
   * credentials, as printed by the standalone runner. Test credentials only; never real ones.
   */
  Map<String, String> connectionInfo();

  /** SimulatorFault injection for the calls this simulator answers. */
  FaultInjector faults();

  /**
   * Forgets received requests and clears faults, between tests; what it issued (tokens) stays
   * valid. Simulators that keep more state override it.
   */
  default void reset() {
    faults().clear();
  }

  /** Stops the simulator and frees its port. */
  @Override
  void close();
}
