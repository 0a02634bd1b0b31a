package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.population.Credentials;
import vn.connector.testkit.security.TestPki;

/**
 * The privacy review's check, kept: the population suite run with the SDK's loggers at DEBUG prints
 * no citizen ID, name, address, secret or token (Nghị định 13/2023). Third-party loggers that do
 * print them (HttpClient's {@code headers} and {@code wire}) are named in docs/logging.md and stay
 * at their default level here.
 */
class DebugLogPrivacyTest {

  private static final Pattern SUMMARY =
      Pattern.compile("DEBUG-SUITE found=(\\d+) succeeded=(\\d+) failed=(\\d+)");

  @Test
  void populationSuiteAtDebugLogsNoPersonalDataSecretOrToken(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("debug.log");
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                slf4jSimple() + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                DebugLogSuite.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(run.waitFor(9, TimeUnit.MINUTES)).as("suite finished").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);

    Matcher summary = SUMMARY.matcher(output);
    assertThat(summary.find()).as("suite summary").isTrue();
    long found = Long.parseLong(summary.group(1));
    assertThat(found).isGreaterThan(50);
    // The point is the log, not the suite (which the build runs anyway): most of it must have run.
    assertThat(Long.parseLong(summary.group(2))).isGreaterThan(found * 9 / 10);
    assertThat(output).as("DEBUG lines of the SDK were captured").contains("DEBUG vn.connector");
    for (String forbidden : forbidden()) {
      assertThat(output.contains(forbidden)).as("log holds " + hint(forbidden)).isFalse();
    }
    assertThat(output).doesNotContainPattern("(?i)bearer [A-Za-z0-9._~+/-]{8,}");
    assertThat(output).doesNotContainPattern("(?i)lgspaccesstoken[\"=: ]+[A-Za-z0-9+/]{8,}");
    assertThat(output).doesNotContainPattern("(?i)authorization[\"=: ]+basic [A-Za-z0-9+/]{8,}");
  }

  /**
   * The build's test class path logs through test-logging, whose loggers have no DEBUG level; the
   * child JVM logs through slf4j-simple instead, found beside slf4j-api in the local repository
   * (both pinned to one version) and put first so that SLF4J picks it.
   */
  static String slf4jSimple() throws Exception {
    Path api =
        Path.of(
            org.slf4j.LoggerFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    String version = api.getParent().getFileName().toString();
    Path simple =
        api.getParent()
            .getParent()
            .getParent()
            .resolve("slf4j-simple")
            .resolve(version)
            .resolve("slf4j-simple-" + version + ".jar");
    assertThat(simple).as("slf4j-simple beside slf4j-api").exists();
    return simple.toString();
  }

  /** Every ID, name and address of the simulator's personas, and every test secret. */
  static Set<String> forbidden() throws Exception {
    Set<String> values = new LinkedHashSet<>();
    try (InputStream in = PopulationSimulatorPersonas.stream()) {
      collect(new ObjectMapper().readTree(in).path("personas"), values);
    }
    Credentials c = Credentials.defaults();
    values.addAll(
        List.of(c.secret(), c.apiKey(), c.lgspAccessKey(), c.lgspSecretKey(), TestPki.PASSWORD));
    return values;
  }

  private static void collect(JsonNode node, Set<String> values) {
    if (node.isObject()) {
      if (node.has("ho")) {
        values.add(
            String.join(
                    " ",
                    node.path("ho").asText(),
                    node.path("chuDem").asText(),
                    node.path("ten").asText())
                .replaceAll("\\s+", " ")
                .strip());
      }
      node.fields()
          .forEachRemaining(
              field -> {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && personal(name, value.asText())) {
                  values.add(value.asText());
                }
                collect(value, values);
              });
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, values));
    }
  }

  private static boolean personal(String field, String value) {
    return switch (field) {
      case "soDinhDanh", "soCMND", "maSoThue", "thuDienTu", "hoVaTen" -> !value.isBlank();
      case "chiTiet" -> value.length() > 10;
      default -> false;
    };
  }

  /** Names the kind of value found without printing it into the report. */
  private static String hint(String value) {
    return value.chars().allMatch(Character::isDigit)
        ? "an identifier of " + value.length() + " digits"
        : "a name, address or secret of " + value.length() + " characters";
  }

  /** The testkit's personas file, as the simulator reads it. */
  static final class PopulationSimulatorPersonas {
    static InputStream stream() {
      return DebugLogPrivacyTest.class.getResourceAsStream("/population/personas.json");
    }
  }
}
