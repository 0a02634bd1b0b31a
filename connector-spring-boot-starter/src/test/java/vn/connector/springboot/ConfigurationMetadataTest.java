package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code reads is in the IDE metadata: the starter's own, and those the connectors'
 * main sources read (full literals such as {@code "payment.initUrl"}, and {@code s + ".x"} keys of
 * core's shared options and of each builder, for each system).
 */
class ConfigurationMetadataTest {

  private static final Map<String, List<String>> SYSTEMS_OF_FILE =
      Map.of(
          "ClientConfig.java", systems(),
          "CivilRegistryClientBuilder.java", List.of("civil-registry"),
          "InterlinkedClientBuilder.java", List.of("dvc-lien-thong"),
          "CriminalRecordClientBuilder.java", List.of("criminal-record"),
          "ProfileConfig.java", List.of("national-portal"));

  private static final Pattern LITERAL =
      Pattern.compile(
          "\"((?:population|business|payment|postal|civil-registry|dvc-lien-thong|national-portal"
              + "|criminal-record|security|tls|http)\\.[A-Za-z][A-Za-z0-9.]*)\"");
  private static final Pattern SUFFIX =
      Pattern.compile("\\b(?:s|P) \\+ \"\\.?([A-Za-z][A-Za-z.]*)\"");

  @Test
  void listsEveryKeyTheCodeReads() throws IOException {
    Set<String> documented = documented();
    Set<String> read = new TreeSet<>();
    StarterKeys.ALL.forEach(k -> read.add("connector." + k));
    read.addAll(keysInSources());

    assertThat(read).hasSizeGreaterThan(150);
    assertThat(documented).containsAll(read);
  }

  @Test
  void describesEveryKey() throws IOException {
    for (JsonNode p : metadata().get("properties")) {
      assertThat(p.path("description").asText()).as(p.get("name").asText()).isNotBlank();
      assertThat(p.get("name").asText()).startsWith("connector.");
    }
  }

  private static Set<String> keysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
      for (Path module : modules.filter(ConfigurationMetadataTest::isConnector).toList()) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            keys.addAll(keysIn(f));
          }
        }
      }
    }
    return keys;
  }

  /**
   * The testkit and the CLI read no keys of their own: their literals are key prefixes and labels.
   */
  private static boolean isConnector(Path module) {
    String name = module.getFileName().toString();
    return name.startsWith("connector-")
        && Files.isDirectory(module.resolve("src/main/java"))
        && !Set.of(
                "connector-testkit",
                "connector-skeleton",
                "connector-spring-boot-starter",
                "connector-cli")
            .contains(name);
  }

  private static Set<String> keysIn(Path file) throws IOException {
    Set<String> keys = new TreeSet<>();
    List<String> systems = SYSTEMS_OF_FILE.getOrDefault(file.getFileName().toString(), List.of());
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
        continue; // Javadoc examples are not reads
      }
      Matcher literal = LITERAL.matcher(line);
      while (literal.find()) {
        keys.add("connector." + literal.group(1));
      }
      Matcher suffix = SUFFIX.matcher(line);
      while (suffix.find()) {
        for (String s : systems) {
          keys.add("connector." + s + "." + suffix.group(1));
        }
      }
    }
    // The retry keys are read as p + "maxAttempts" with p = s + ".retry.".
    if (file.getFileName().toString().equals("ClientConfig.java")) {
      for (String s : systems) {
        for (String k : List.of("maxAttempts", "deadline", "maxRetryAfter")) {
          keys.add("connector." + s + ".retry." + k);
        }
      }
      keys.removeIf(k -> k.endsWith(".retry."));
    }
    return keys;
  }

  private static List<String> systems() {
    return List.of(
        "population",
        "business",
        "payment",
        "postal",
        "civil-registry",
        "dvc-lien-thong",
        "national-portal",
        "criminal-record");
  }

  private static Set<String> documented() throws IOException {
    Set<String> names = new TreeSet<>();
    metadata().get("properties").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  private static JsonNode metadata() throws IOException {
    try (InputStream in =
        ConfigurationMetadataTest.class.getResourceAsStream(
            "/META-INF/additional-spring-configuration-metadata.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
