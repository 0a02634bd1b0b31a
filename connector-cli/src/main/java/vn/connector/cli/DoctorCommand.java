package vn.connector.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.connector.core.ConnectorConfig;

/** {@code doctor}: every check of {@link Doctor}, printed as {@link ReportTable}. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Kiểm tra chứng chỉ, đồng hồ, DNS, TLS, token và một lệnh gọi thử cho mỗi hệ thống.",
      "Checks certificates, clock, DNS, TLS, token and one harmless call per system.",
      "Exit 0: ready; 1: a check failed; 2: usage error."
    })
final class DoctorCommand implements Callable<Integer> {

  private final ConnectorCli.Environment environment;

  @Spec CommandSpec spec;

  @Mixin ConfigOption config;

  DoctorCommand(ConnectorCli.Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ConnectorConfig loaded = config.load(environment);
    List<Finding> findings = new Doctor(loaded, environment.clock()).run();
    spec.commandLine().getOut().print(ReportTable.render(findings, Redactor.of(loaded)));
    spec.commandLine().getOut().flush();
    return Doctor.passes(findings) ? 0 : ConnectorCli.FAILED;
  }
}
