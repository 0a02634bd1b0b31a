package vn.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed API dump (`api/*.txt` at the repository root): every public type and member of the
 * SDK's published packages, so that an API change shows in review as a change of these files. After
 * an intended change, regenerate with {@code mvn verify -Dapi.update=true}.
 */
class ApiSurfaceTest {

  private static final Path API_DIR = repositoryRoot().resolve("api");

  @Test
  void publicApiMatchesTheCommittedDump() throws Exception {
    Map<String, List<String>> byArtifact = dump();
    assertThat(byArtifact).containsKey("connector-core");
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(API_DIR);
      for (var e : byArtifact.entrySet()) {
        Files.write(API_DIR.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (var e : byArtifact.entrySet()) {
      Path committed = API_DIR.resolve(e.getKey() + ".txt");
      assertThat(committed)
          .as(
              "API dump of %s is missing: run mvn verify -Dapi.update=true and commit api/",
              e.getKey())
          .exists();
      assertThat(Files.readAllLines(committed, StandardCharsets.UTF_8))
          .as(
              "public API of %s changed: review, then run mvn verify -Dapi.update=true and commit api/",
              e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  private static Map<String, List<String>> dump() throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String artifact = artifactOf(entry);
      if (artifact == null) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (String name : classNames(Path.of(entry))) {
        Class<?> type = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        if (isPublished(type)) {
          lines.addAll(describe(type));
        }
      }
      out.put(artifact, lines);
    }
    return out;
  }

  /** The artifact of a classpath entry of ours (main classes only), or null. */
  private static String artifactOf(String entry) {
    Path p = Path.of(entry);
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

  private static TreeSet<String> classNames(Path entry) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        files
            .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
            .filter(ApiSurfaceTest::isCandidate)
            .forEach(f -> names.add(f.replace('/', '.').replace(".class", "")));
      }
    } else {
      try (JarFile jar = new JarFile(entry.toFile())) {
        jar.stream()
            .map(e -> e.getName())
            .filter(ApiSurfaceTest::isCandidate)
            .forEach(f -> names.add(f.replace('/', '.').replace(".class", "")));
      }
    }
    return names;
  }

  private static boolean isCandidate(String path) {
    return path.startsWith("vn/connector/")
        && path.endsWith(".class")
        && !path.contains("/internal/")
        && !path.endsWith("package-info.class");
  }

  private static boolean isPublished(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add(type.toGenericString());
    TreeSet<String> members = new TreeSet<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers())) {
        members.add("  " + c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        members.add("  " + m.toGenericString());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        members.add("  " + f.toGenericString());
      }
    }
    lines.addAll(members);
    return lines;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
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
