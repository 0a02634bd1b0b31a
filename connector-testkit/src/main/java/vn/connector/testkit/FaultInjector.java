package vn.connector.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides which calls of a simulator misbehave: the next N calls (queued faults, taken in order) or
 * a share of all calls (a rate). Thread-safe. A queued fault wins over the rate.
 *
 * <pre>{@code
 * simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));   // the next call only
 * simulator.faults().rate(0.1, SimulatorFault.connectionReset());                     // one call in ten
 * simulator.faults().clear();
 * }</pre>
 */
public final class FaultInjector {

  private final Deque<SimulatorFault> queued = new ArrayDeque<>();
  private SplittableRandom random = new SplittableRandom(20_26L);
  private double rate;
  private SimulatorFault rateFault;

  /** Queues faults for the next calls, one call each, in the order given. */
  public synchronized FaultInjector next(SimulatorFault... faults) {
    for (SimulatorFault fault : faults) {
      queued.addLast(Objects.requireNonNull(fault, "fault"));
    }
    return this;
  }

  /**
   * Makes a share of all calls misbehave, drawn from a seeded random source so that runs repeat.
   *
   * @param share between 0 and 1
   */
  public synchronized FaultInjector rate(double share, SimulatorFault fault) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share: must be between 0 and 1, was " + share);
    }
    this.rate = share;
    this.rateFault = Objects.requireNonNull(fault, "fault");
    return this;
  }

  /** Reseeds the random source used by {@link #rate}. */
  public synchronized FaultInjector seed(long seed) {
    this.random = new SplittableRandom(seed);
    return this;
  }

  /** Removes every queued fault and the rate. */
  public synchronized void clear() {
    queued.clear();
    rate = 0;
    rateFault = null;
  }

  /** Called by a simulator once per call: the fault to apply to this call, if any. */
  public synchronized Optional<SimulatorFault> draw() {
    SimulatorFault fault = queued.pollFirst();
    if (fault != null) {
      return Optional.of(fault);
    }
    if (rateFault != null && random.nextDouble() < rate) {
      return Optional.of(rateFault);
    }
    return Optional.empty();
  }
}
