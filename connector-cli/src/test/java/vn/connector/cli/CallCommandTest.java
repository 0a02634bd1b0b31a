package vn.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.population.Persona;
import vn.connector.testkit.population.PopulationSimulator;

class CallCommandTest {

  private static final String[] CONTEXT = {
    "--officer", "CB-0042", "--unit", "000.00.01.H56",
    "--dossier", "000.00.01.H56-241115-0001", "--purpose", "identity_verification"
  };

  @TempDir static Path dir;

  private static PopulationSimulator population;
  private static BusinessRegistrySimulator business;
  private static NationalPortalSimulator portal;
  private static Path config;

  @BeforeAll
  static void start() {
    population = PopulationSimulator.start();
    business = BusinessRegistrySimulator.start();
    portal = NationalPortalSimulator.start();
    Map<String, String> keys = new HashMap<>(population.directConfigKeys());
    keys.putAll(business.connectionInfo());
    keys.put("business.auth", "oauth2-client-credentials");
    keys.putAll(portal.connectionInfo());
    keys.put("national-portal.style", "adapter");
    config = Cli.config(dir, keys);
  }

  @AfterAll
  static void stop() {
    population.close();
    business.close();
    portal.close();
  }

  private static String[] with(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void verifiesACitizenAndPrintsNoIdentifier() {
    Persona p =
        population.personas().stream()
            .filter(x -> x.soDinhDanh() != null && x.ngayThangNam() != null)
            .findFirst()
            .orElseThrow();
    String birth =
        p.ngayThangNam().substring(0, 4)
            + "-"
            + p.ngayThangNam().substring(4, 6)
            + "-"
            + p.ngayThangNam().substring(6, 8);

    Cli.Run run =
        Cli.run(
            with(
                new String[] {"call", "population", "verify", "--config", config.toString()},
                with(
                    CONTEXT,
                    "--id",
                    p.soDinhDanh(),
                    "--name",
                    p.hoVaTen(),
                    "--birth-date",
                    birth)));

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("Verification").contains("nameAndBirthDate=MATCH");
    assertThat(run.all()).doesNotContain(p.soDinhDanh()).doesNotContain(p.hoVaTen());
  }

  @Test
  void findsAnEnterprise() {
    Cli.Run run =
        Cli.run(
            with(
                new String[] {"call", "business", "find", "--config", config.toString()},
                with(CONTEXT, "--code", BusinessRegistrySimulator.ACTIVE)));

    assertThat(run.exit()).as(run.all()).isZero();
    // Masked as everywhere: the long code and the representatives' names.
    assertThat(run.out()).startsWith("Optional[Enterprise[code=0100****06").contains("ACTIVE");
  }

  @Test
  void listsTheNationalProcedureCatalogue() {
    Cli.Run run = Cli.run("call", "portal", "procedures", "--config", config.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains(NationalPortalSimulator.BIRTH_REGISTRATION);
  }

  @Test
  void requiresTheCallContext() {
    Cli.Run run =
        Cli.run(
            "call",
            "business",
            "find",
            "--config",
            config.toString(),
            "--code",
            BusinessRegistrySimulator.ACTIVE);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--officer").contains("--purpose");
  }

  @Test
  void refusesABadIdentifierBeforeAnythingIsSent() {
    int before = business.wireMock().getAllServeEvents().size();

    Cli.Run run =
        Cli.run(
            with(
                new String[] {"call", "business", "find", "--config", config.toString()},
                with(CONTEXT, "--code", BusinessRegistrySimulator.BAD_CHECK_DIGIT)));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("enterpriseCode").doesNotContain("Exception");
    assertThat(business.wireMock().getAllServeEvents()).hasSize(before);
  }

  @Test
  void printsAShellCompletionScript() {
    Cli.Run run = Cli.run("generate-completion");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("connector-cli").contains("doctor").contains("simulators");
  }
}
