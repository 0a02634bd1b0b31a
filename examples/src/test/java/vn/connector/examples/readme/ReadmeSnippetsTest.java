package vn.connector.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block of the README is a compiled (or, for XML, built) source: a block follows
 * a {@code <!-- snippet: name -->} line, and its text equals the region between {@code README:name}
 * and {@code END README:name} in a file of this package or of {@code it/consumer/pom.xml}, which
 * the offline consumer build uses.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([a-z0-9-]+) -->");
  private static final Pattern START = Pattern.compile("(?://|<!--) README:([a-z0-9-]+)");
  private static final Pattern END = Pattern.compile("(?://|<!--) END README:([a-z0-9-]+)");

  @Test
  void everyReadmeSnippetIsTheCompiledSource() throws IOException {
    Map<String, String> readme = readmeSnippets();
    Map<String, String> sources = sourceSnippets();

    assertThat(readme).isNotEmpty();
    assertThat(sources.keySet()).containsAll(readme.keySet());
    readme.forEach(
        (name, text) ->
            assertThat(text)
                .as("README snippet %s (source: a README:%s region)", name, name)
                .isEqualTo(sources.get(name)));
  }

  @Test
  void everyJavaAndXmlBlockOfTheReadmeIsChecked() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Integer> unchecked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if ((line.equals("```java") || line.equals("```xml"))
          && (i == 0 || !MARKER.matcher(lines.get(i - 1)).find())) {
        unchecked.add(i + 1);
      }
    }
    assertThat(unchecked).as("README lines opening a block without a snippet marker").isEmpty();
  }

  private static Map<String, String> readmeSnippets() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> snippets = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i));
      if (m.find()) {
        int end = i + 2;
        while (!lines.get(end).strip().equals("```")) {
          end++;
        }
        snippets.put(m.group(1), String.join("\n", lines.subList(i + 2, end)));
        i = end;
      }
    }
    return snippets;
  }

  private static Map<String, String> sourceSnippets() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/java/vn/connector/examples/readme"))) {
      s.forEach(files::add);
    }
    files.add(ROOT.resolve("it/consumer/pom.xml"));
    Map<String, String> snippets = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = START.matcher(lines.get(i));
        if (start.find() && !END.matcher(lines.get(i)).find()) {
          int end = i + 1;
          while (!END.matcher(lines.get(end)).find()) {
            end++;
          }
          String text = dedent(lines.subList(i + 1, end));
          snippets.put(start.group(1), text.replace("@project.version@", sdkVersion()));
          i = end;
        }
      }
    }
    return snippets;
  }

  /** The version in the parent pom, which the consumer pom gets filtered in. */
  private static String sdkVersion() throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>connector-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(m.find()).as("version of connector-parent in pom.xml").isTrue();
    return m.group(1);
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return String.join(
        "\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
