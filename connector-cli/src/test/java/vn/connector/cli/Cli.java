package vn.connector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, as a user's shell would see it. */
final class Cli {

  /** What one run gave. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Cli() {}

  static Run run(Map<String, String> environment, String... args) {
    return run(new ConnectorCli.Environment(Clock.systemUTC(), environment), args);
  }

  static Run run(ConnectorCli.Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ConnectorCli.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Writes {@code keys} as a properties file, as a portal's CONNECTOR_CONFIG would be. */
  static Path config(Path directory, Map<String, String> keys) {
    Properties p = new Properties();
    p.putAll(keys);
    Path file = directory.resolve("connector-" + System.nanoTime() + ".properties");
    try (var w = Files.newBufferedWriter(file)) {
      p.store(w, "doctor test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
