package vn.connector.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Moving the harness and a child apart with taskset, and back. */
class AffinityTest {

  private static final long SELF = ProcessHandle.current().pid();

  @Test
  void splitsTheTwoProcessesOntoSeparateCpusAndPutsBothBack() throws Exception {
    assumeTrue(tasksetRuns() && Affinity.cpus(cpus(SELF)).size() >= 2);
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      String selfBefore = cpus(SELF);
      String childBefore = cpus(child.pid());
      Optional<Affinity> apart = Affinity.split(SELF, child.pid());
      assertThat(apart).isPresent();
      try (Affinity a = apart.get()) {
        String mine = cpus(SELF);
        String its = cpus(child.pid());
        assertThat(a.description()).isEqualTo("harness on CPU " + mine + ", stub on CPU " + its);
        List<Integer> all = Affinity.cpus(selfBefore);
        int half = all.size() - all.size() / 2;
        assertThat(Affinity.cpus(mine)).isEqualTo(all.subList(0, half));
        assertThat(Affinity.cpus(its)).isEqualTo(all.subList(half, all.size()));
        // a thread started while split inherits the harness's CPUs
        String[] seen = new String[1];
        Thread t = new Thread(() -> seen[0] = cpus(ownThreadId()));
        t.start();
        t.join();
        assertThat(seen[0]).isEqualTo(mine);
      }
      assertThat(cpus(SELF)).isEqualTo(selfBefore);
      assertThat(cpus(child.pid())).isEqualTo(childBefore);
    } finally {
      child.destroy();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void readsTheCpuListsTasksetPrints() {
    assertThat(Affinity.cpus("0,1")).containsExactly(0, 1);
    assertThat(Affinity.cpus("0-3,6")).containsExactly(0, 1, 2, 3, 6);
    assertThat(Affinity.cpus("5")).containsExactly(5);
  }

  @Test
  void aProcessThatIsGoneSplitsNothingAndMovesNothing() throws Exception {
    assumeTrue(tasksetRuns() && Affinity.cpus(cpus(SELF)).size() >= 2);
    Process child = new ProcessBuilder("true").start();
    child.waitFor(10, TimeUnit.SECONDS);
    String before = cpus(SELF);

    assertThat(Affinity.split(SELF, child.pid())).isEmpty();
    assertThat(cpus(SELF)).isEqualTo(before);
  }

  /** The calling thread's kernel id, which taskset takes as it takes a process id. */
  private static long ownThreadId() {
    try {
      Path task = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      return Long.parseLong(task.getFileName().toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean tasksetRuns() {
    try {
      cpus(SELF);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** The process's CPU list as taskset prints it. */
  private static String cpus(long pid) {
    try {
      Process p =
          new ProcessBuilder("taskset", "-c", "-p", Long.toString(pid))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("taskset failed: " + out);
      }
      return out.substring(out.lastIndexOf(':') + 1).trim();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
