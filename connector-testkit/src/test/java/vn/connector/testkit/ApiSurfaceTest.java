package vn.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The committed API dump (`api/*.txt` at the repository root) of every SDK module on the testkit's
 * class path, so that an API change shows in review as a change of these files. Modules built after
 * the testkit (micrometer, opentelemetry, the starter, the CLI) check their own with {@link
 * ApiDump}. After an intended change, regenerate with {@code mvn verify -Dapi.update=true}.
 */
class ApiSurfaceTest {

  private static final Path API_DIR = repositoryRoot().resolve("api");

  @Test
  void publicApiMatchesTheCommittedDump() {
    Map<String, Path> modules = modulesOnTheClassPath();
    assertThat(modules).containsKeys("connector-core", "connector-outbox", "connector-testkit");

    modules.forEach((module, classes) -> ApiDump.check(classes, API_DIR.resolve(module + ".txt")));
  }

  @Test
  void aChangedApiIsCaughtAndNamesTheDump() throws Exception {
    assumeFalse(Boolean.getBoolean("api.update"), "an update run rewrites every dump it checks");
    Path dump = Files.createTempFile("api", ".txt");
    Files.writeString(dump, "public final class vn.connector.core.Gone\n");
    Path core = modulesOnTheClassPath().get("connector-core");

    assertThatThrownBy(() -> ApiDump.check(core, dump))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(dump.toString());
    Files.delete(dump);
  }

  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> out = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String module = moduleOf(Path.of(entry));
      if (module != null) {
        out.put(module, Path.of(entry));
      }
    }
    return out;
  }

  /** The module of a classpath entry of ours (main classes only), or null. */
  private static String moduleOf(Path p) {
    String file = p.getFileName().toString();
    if (file.equals("classes") && p.getParent() != null && p.getParent().getParent() != null) {
      String module = p.getParent().getParent().getFileName().toString();
      return module.startsWith("connector-") ? module : null;
    }
    if (file.startsWith("connector-") && file.endsWith(".jar") && !file.contains("-tests")) {
      return file.substring(0, file.indexOf("-0.") > 0 ? file.indexOf("-0.") : file.length() - 4);
    }
    return null;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("connector-bom"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
