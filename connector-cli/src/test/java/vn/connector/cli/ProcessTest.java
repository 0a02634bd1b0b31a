package vn.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as a shell runs it: a JVM of its own through {@link ConnectorCli#main}, so that the
 * exit code is the process's. On the test class path rather than the shaded jar, which is built
 * after the tests; the jar's manifest names the same main class.
 */
class ProcessTest {

  @TempDir Path dir;

  private static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ConnectorCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  @Test
  void exitsNonZeroWhenACheckFails() throws Exception {
    Path config = Cli.config(dir, Map.of("business.endpoint", "http://host.invalid/api"));

    Process doctor = java("doctor", "--config", config.toString()).start();
    String out = new String(doctor.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(doctor.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(doctor.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("host.invalid: does not resolve");
  }

  @Test
  void startsTheSimulatorsAndPrintsTheirConfiguration() throws Exception {
    Process simulators = java("simulators").start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(simulators.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        seen.append(line).append('\n');
        if (line.contains("Press Ctrl+C")) {
          break;
        }
      }
      assertThat(seen).contains("business.endpoint=http://127.0.0.1:").contains("curl");
    } finally {
      simulators.destroy();
      simulators.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
