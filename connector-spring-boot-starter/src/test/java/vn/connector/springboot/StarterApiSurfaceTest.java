package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The starter's part of the committed API dump ({@code api/connector-spring-boot-starter.txt}), in
 * the format of the testkit's ApiSurfaceTest, which cannot see this module (it comes after the
 * testkit). After an intended change: {@code mvn verify -Dapi.update=true}, then commit api/.
 */
class StarterApiSurfaceTest {

  private static final Path CLASSES = Path.of("target/classes");
  private static final Path DUMP = Path.of("../api/connector-spring-boot-starter.txt");

  @Test
  void publicApiMatchesTheCommittedDump() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (isPublished(type)) {
        lines.addAll(describe(type));
      }
    }
    if (Boolean.getBoolean("api.update")) {
      Files.write(DUMP, lines, StandardCharsets.UTF_8);
    }
    assertThat(DUMP).as("run mvn verify -Dapi.update=true and commit api/").exists();
    assertThat(Files.readAllLines(DUMP, StandardCharsets.UTF_8))
        .as("public API changed: review, then run mvn verify -Dapi.update=true and commit api/")
        .isEqualTo(lines);
  }

  private static TreeSet<String> classNames() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      files
          .map(f -> CLASSES.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.startsWith("vn/connector/") && f.endsWith(".class"))
          .filter(f -> !f.contains("/internal/") && !f.endsWith("package-info.class"))
          .forEach(f -> names.add(f.replace('/', '.').replace(".class", "")));
    }
    return names;
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
}
