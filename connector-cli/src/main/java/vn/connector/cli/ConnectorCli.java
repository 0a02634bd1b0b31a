package vn.connector.cli;

import java.time.Clock;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.connector.core.Masking;

/**
 * The connector SDK's command line: {@code doctor} checks a configuration the night before go-live,
 * {@code simulators} starts the standalone simulators, {@code call} makes one call with the same
 * configuration, {@code generate-completion} prints a bash/zsh completion script.
 *
 * <pre>{@code
 * // java -jar connector-cli-<version>.jar doctor --config /etc/portal/connector.properties
 * int exit = ConnectorCli.run("doctor", "--config", "/etc/portal/connector.properties");
 * }</pre>
 *
 * <p>Exit codes: 0 when nothing would fail in production, 1 when a check failed (or a call was
 * refused), 2 for a usage error (an unknown option, a missing argument, an unreadable file).
 */
@Command(
    name = "connector-cli",
    mixinStandardHelpOptions = true,
    versionProvider = ConnectorCli.Version.class,
    description = "Kiểm tra cấu hình, chạy giả lập, gọi thử / Doctor, simulators, one-off calls",
    subcommands = {
      DoctorCommand.class,
      SimulatorsCommand.class,
      CallCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class ConnectorCli {

  /** A check failed, or a call was refused. */
  static final int FAILED = 1;

  /** Bad options, or a configuration that cannot be read. */
  static final int USAGE = 2;

  private ConnectorCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line on {@code System.out}/{@code System.err}; returns the exit code. */
  public static int run(String... args) {
    return commandLine(new Environment(Clock.systemUTC(), System.getenv())).execute(args);
  }

  /** The command line with its environment (clock, variables) given, for tests. */
  static CommandLine commandLine(Environment environment) {
    CommandLine cli = new CommandLine(new ConnectorCli(), new Factory(environment));
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(ConnectorCli::failed);
    return cli;
  }

  /**
   * A call the service refused or could not answer: its message (national code, hint, request id)
   * without a stack trace; bad input of the user's is a usage error.
   */
  private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    cli.getErr().println(Masking.identifiersIn(e.getMessage()));
    cli.getErr().flush();
    // Bad input, or a configuration a client cannot be built from ("customerCode is required").
    boolean usage = e instanceof IllegalArgumentException || e instanceof IllegalStateException;
    return usage ? USAGE : FAILED;
  }

  /** What the commands read from outside the arguments. */
  record Environment(Clock clock, Map<String, String> variables) {}

  /** Gives commands that take an {@link Environment} theirs. */
  private static final class Factory implements CommandLine.IFactory {
    private final Environment environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Environment environment) {
      this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Environment.class).newInstance(environment);
      } catch (NoSuchMethodException e) {
        return fallback.create(type);
      }
    }
  }

  /** The version from the jar's manifest (the Maven project version). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ConnectorCli.class.getPackage().getImplementationVersion();
      return new String[] {"connector-cli " + (v == null ? "(development build)" : v)};
    }
  }
}
