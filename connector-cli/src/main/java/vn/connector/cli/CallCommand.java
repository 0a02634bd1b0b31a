package vn.connector.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.core.BirthDate;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.EnterpriseCode;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.CitizenQuery;

/**
 * {@code call <system> <operation>}: one call through the connector's client, built from the same
 * configuration as the doctor reads. Results print as the SDK's records print themselves (masked),
 * and pass {@link Redactor} like everything else; errors are the SDK's exception messages, which
 * carry the national code and hint, never personal data.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = "Một lệnh gọi với cấu hình đã cho / One call with the configuration",
    subcommands = {
      CallCommand.Population.class,
      CallCommand.Business.class,
      CallCommand.Portal.class
    })
final class CallCommand {

  /** Prints a result, masked. */
  static int print(CommandSpec spec, ConnectorConfig config, Object result) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(Redactor.of(config).apply(String.valueOf(result)));
    out.flush();
    return 0;
  }

  /** {@code call population verify}. */
  @Command(name = "population", mixinStandardHelpOptions = true, description = "CSDL dân cư")
  static final class Population {
    private final ConnectorCli.Environment environment;

    @Spec CommandSpec spec;

    Population(ConnectorCli.Environment environment) {
      this.environment = environment;
    }

    @Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Xác thực công dân / Verify a citizen (XacThucThongTinCongDan)")
    int verify(
        @Mixin ConfigOption config,
        @Mixin ContextOptions context,
        @Option(
                names = "--id",
                required = true,
                paramLabel = "ID",
                description = "Số định danh / citizen ID")
            String id,
        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                description = "Họ và tên / full name")
            String name,
        @Option(
                names = "--birth-date",
                paramLabel = "yyyy-MM-dd",
                required = true,
                description = "Ngày sinh / birth date, yyyy-MM-dd")
            java.time.LocalDate birthDate) {
      ConnectorConfig loaded = config.load(environment);
      CitizenQuery query = CitizenQuery.of(id, name, BirthDate.of(birthDate));
      try (PopulationClient client = PopulationClient.builder().configure(loaded).build()) {
        return print(spec, loaded, client.verify(context.context(), query));
      }
    }
  }

  /** {@code call business find}. */
  @Command(name = "business", mixinStandardHelpOptions = true, description = "CSDL doanh nghiệp")
  static final class Business {
    private final ConnectorCli.Environment environment;

    @Spec CommandSpec spec;

    Business(ConnectorCli.Environment environment) {
      this.environment = environment;
    }

    @Command(
        name = "find",
        mixinStandardHelpOptions = true,
        description = "Tra cứu doanh nghiệp / Find an enterprise (chiTietDoanhNghiep)")
    int find(
        @Mixin ConfigOption config,
        @Mixin ContextOptions context,
        @Option(
                names = "--code",
                required = true,
                paramLabel = "CODE",
                description = "Mã số doanh nghiệp / code")
            String code) {
      ConnectorConfig loaded = config.load(environment);
      EnterpriseCode enterprise = EnterpriseCode.parse(code);
      try (BusinessRegistryClient client =
          BusinessRegistryClient.builder().configure(loaded).build()) {
        return print(spec, loaded, client.find(context.context(), enterprise));
      }
    }
  }

  /** {@code call national-portal procedures}. */
  @Command(
      name = "national-portal",
      aliases = "portal",
      mixinStandardHelpOptions = true,
      description = "Cổng DVCQG")
  static final class Portal implements Callable<Integer> {
    private final ConnectorCli.Environment environment;

    @Spec CommandSpec spec;

    Portal(ConnectorCli.Environment environment) {
      this.environment = environment;
    }

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ConnectorCli.USAGE;
    }

    @Command(
        name = "procedures",
        mixinStandardHelpOptions = true,
        description = "Danh mục thủ tục / Procedure catalogue (LayDanhSachTTHC)")
    int procedures(@Mixin ConfigOption config) {
      ConnectorConfig loaded = config.load(environment);
      try (NationalPortalClient client = NationalPortalClient.builder().configure(loaded).build()) {
        StringBuilder out = new StringBuilder();
        client
            .procedures()
            .forEach(p -> out.append(p.code()).append('\t').append(p.name()).append('\n'));
        return print(spec, loaded, out.toString().stripTrailing());
      }
    }
  }
}
