package vn.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatorsMainTest {

  private static List<Simulator> running;
  private static String printout;

  @BeforeAll
  static void startAll() {
    running = SimulatorsMain.start(new String[0]);
    printout = StandalonePrintout.print(running);
  }

  @AfterAll
  static void stopAll() {
    running.forEach(Simulator::close);
  }

  @Test
  void printsOnlyCommentsPastableKeyValueLinesAndCurlCommands() {
    for (String line : printout.split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("curl ")) {
        continue;
      }
      if (line.startsWith("TS=")) {
        continue;
      }
      assertThat(line).as("a properties line").matches("[a-zA-Z][\\w.-]*=\\S.*");
    }
    assertThat(printout)
        .contains("population.endpoint=http://127.0.0.1:", "payment.initUrl=http://127.0.0.1:")
        .contains(
            "postal.endpoint=http://127.0.0.1:",
            "civil-registry.endpoint=http://127.0.0.1:",
            "dvc-lien-thong.endpoint=http://127.0.0.1:",
            "criminal-record.endpoint=http://127.0.0.1:",
            "national-portal.adapterUrl=http://127.0.0.1:")
        .doesNotContain("localhost", "(direct)", "(test only)");
  }

  @Test
  void everyPrintedCurlCommandSucceedsAsPrinted() throws Exception {
    List<String> commands =
        printout.lines().filter(l -> l.startsWith("curl ") || l.startsWith("TS=")).toList();

    assertThat(commands).hasSize(3);
    assertThat(run(commands.get(0))).contains("KetQuaXacThuc").doesNotContain("SimulatorFault");
    assertThat(run(commands.get(1))).contains("Tổng Công ty Viễn thông Thử nghiệm Hà Nội");
    assertThat(run(commands.get(2))).contains("\"MaLoi\":\"00\"", "UrlThanhToan");
  }

  @Test
  void takesFixedPortsFromTheCommandLine() {
    assertThat(SimulatorsMain.port(new String[] {"--payment-port=8083"}, "payment"))
        .isEqualTo(8083);
    assertThat(SimulatorsMain.port(new String[0], "payment")).isZero();
    assertThatThrownBy(() -> SimulatorsMain.port(new String[] {"--payment-port=x"}, "payment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("payment.port");
  }

  private static String run(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("curl ended").isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit of %s: %s", command, output).isZero();
    return output;
  }
}
