package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The harness and the stub on separate CPUs for a while, with util-linux's {@code taskset}, and put
 * back as they were on {@link #close()}. Every thread of each process moves ({@code -a}); threads
 * started while split inherit their creator's CPUs.
 *
 * <p>Used where the stub does as much work per call as the client it answers, so that the stub's
 * work does not run on the client's cores between the client's steps: on the secured route the stub
 * verifies each request's signature and signs each answer, about what the client's sign + verify
 * cost, and on two shared cores it interleaved with every call (see the crypto bound in {@link
 * Extras}). A national system does not run on the portal's cores.
 *
 * <pre>{@code
 * try (Affinity split = Affinity.split(ProcessHandle.current().pid(), stubJvm.pid()).orElse(null)) {
 *   // measure; split == null when the machine cannot split (no taskset, one CPU)
 * }
 * }</pre>
 */
final class Affinity implements AutoCloseable {

  private final long harness;
  private final String harnessWas;
  private final long stub;
  private final String stubWas;
  private final String description;

  private Affinity(long harness, String harnessWas, long stub, String stubWas, String description) {
    this.harness = harness;
    this.harnessWas = harnessWas;
    this.stub = stub;
    this.stubWas = stubWas;
    this.description = description;
  }

  /**
   * Moves {@code harness} to the first CPUs of this machine and {@code stub} to the rest (half
   * each, the harness taking the odd one); empty, with nothing moved, when there is one CPU or
   * {@code taskset} cannot be run.
   */
  static Optional<Affinity> split(long harness, long stub) {
    int cpus = Runtime.getRuntime().availableProcessors();
    if (cpus < 2) {
      return Optional.empty();
    }
    int harnessCpus = cpus - cpus / 2;
    String harnessList = range(0, harnessCpus - 1);
    String stubList = range(harnessCpus, cpus - 1);
    try {
      String harnessWas = current(harness);
      String stubWas = current(stub);
      set(harness, harnessList);
      try {
        set(stub, stubList);
      } catch (IOException e) {
        set(harness, harnessWas);
        throw e;
      }
      return Optional.of(
          new Affinity(
              harness,
              harnessWas,
              stub,
              stubWas,
              "harness on CPU " + harnessList + ", stub on CPU " + stubList));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Which CPUs each side was given, for the report. */
  String description() {
    return description;
  }

  @Override
  public void close() throws IOException {
    try {
      set(stub, stubWas);
    } finally {
      set(harness, harnessWas);
    }
  }

  private static String range(int first, int last) {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  /** The process's CPU list, as {@code taskset -c -p} prints it after its colon. */
  private static String current(long pid) throws IOException {
    String out = taskset("-c", "-p", Long.toString(pid));
    int colon = out.lastIndexOf(':');
    if (colon < 0) {
      throw new IOException("taskset printed no CPU list: " + out);
    }
    return out.substring(colon + 1).trim();
  }

  private static void set(long pid, String cpuList) throws IOException {
    taskset("-a", "-c", "-p", cpuList, Long.toString(pid));
  }

  /** Runs {@code taskset}; an interruption while it runs is kept on the thread and fails it. */
  private static String taskset(String... args) throws IOException {
    String[] command = new String[args.length + 1];
    command[0] = "taskset";
    System.arraycopy(args, 0, command, 1, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        throw new IOException("taskset " + String.join(" ", args) + " failed: " + out.trim());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      throw new IOException("interrupted while taskset ran", e);
    }
    return out;
  }
}
