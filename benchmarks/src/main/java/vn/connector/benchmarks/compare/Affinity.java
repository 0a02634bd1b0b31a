package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
   * Moves {@code harness} to the first half of the CPUs it may run on and {@code stub} to the other
   * half (the harness taking the odd one); empty, with nothing moved, when the harness may run on
   * one CPU only or {@code taskset} cannot be run.
   */
  static Optional<Affinity> split(long harness, long stub) {
    try {
      String harnessWas = current(harness);
      List<Integer> cpus = cpus(harnessWas);
      if (cpus.size() < 2) {
        return Optional.empty();
      }
      int half = cpus.size() - cpus.size() / 2;
      String harnessList = list(cpus.subList(0, half));
      String stubList = list(cpus.subList(half, cpus.size()));
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
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The CPUs of a list as taskset prints it: {@code 0,1} or {@code 0-3,6}. */
  static List<Integer> cpus(String list) {
    List<Integer> cpus = new ArrayList<>();
    for (String part : list.split(",")) {
      int dash = part.indexOf('-');
      int first = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).trim());
      int last = dash < 0 ? first : Integer.parseInt(part.substring(dash + 1).trim());
      for (int cpu = first; cpu <= last; cpu++) {
        cpus.add(cpu);
      }
    }
    return cpus;
  }

  private static String list(List<Integer> cpus) {
    StringBuilder b = new StringBuilder();
    for (int cpu : cpus) {
      b.append(b.length() == 0 ? "" : ",").append(cpu);
    }
    return b.toString();
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
