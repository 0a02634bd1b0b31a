package vn.connector.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.connector.core.ConnectorConfig;

/** {@code --config FILE}, else the file named by {@code CONNECTOR_CONFIG}. */
final class ConfigOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Tệp cấu hình / configuration file (default: $CONNECTOR_CONFIG)")
  Path file;

  /**
   * @throws ParameterException (exit code 2) when neither is given or the file cannot be read
   */
  ConnectorConfig load(ConnectorCli.Environment environment) {
    Path chosen = file;
    if (chosen == null) {
      String named = environment.variables().get(ConnectorConfig.ENVIRONMENT_VARIABLE);
      if (named == null || named.isBlank()) {
        throw new ParameterException(
            spec.commandLine(),
            "--config: give a configuration file, or set " + ConnectorConfig.ENVIRONMENT_VARIABLE);
      }
      chosen = Path.of(named);
    }
    if (!Files.isReadable(chosen)) {
      throw new ParameterException(spec.commandLine(), "--config: cannot read " + chosen);
    }
    return ConnectorConfig.load(chosen);
  }
}
