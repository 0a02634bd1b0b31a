package vn.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimulatorsCommandTest {

  @Test
  void passesThePortsOnAsTheStandaloneRunnerTakesThem() {
    SimulatorsCommand command = new SimulatorsCommand();
    new CommandLine(command).parseArgs("--population-port", "8081", "--payment-port", "0");

    assertThat(command.arguments()).containsExactly("--population-port=8081", "--payment-port=0");
  }

  @Test
  void describesItselfWithoutStarting() {
    Cli.Run run = Cli.run("simulators", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--business-port").contains("127.0.0.1");
  }
}
