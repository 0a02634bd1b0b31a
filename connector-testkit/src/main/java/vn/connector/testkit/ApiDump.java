package vn.connector.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A text dump of a module's public API (every public type of its {@code vn.connector} packages
 * outside {@code internal}, with its public and protected members), kept in the repository so that
 * an API change shows in review as a change of one file. The SDK keeps {@code api/<module>.txt}; an
 * adapter built on the core can keep its own the same way:
 *
 * <pre>{@code
 * @Test
 * void publicApiMatchesTheCommittedDump() {
 *   ApiDump.check(Path.of("target/classes"), Path.of("../api/my-adapter.txt"));
 * }
 * }</pre>
 *
 * Run with {@code -Dapi.update=true} to write the dump after an intended change, then commit it.
 */
public final class ApiDump {

  private ApiDump() {}

  /**
   * Compares the API in {@code classes} (a classes directory or a jar) with the committed {@code
   * dump}, first writing the dump when the system property {@code api.update} is true.
   *
   * @throws AssertionError naming the file when it is missing or differs
   */
  public static void check(Path classes, Path dump) {
    List<String> lines = lines(classes);
    try {
      if (Boolean.getBoolean("api.update")) {
        Files.createDirectories(dump.toAbsolutePath().getParent());
        Files.write(dump, lines, StandardCharsets.UTF_8);
      }
      if (!Files.exists(dump)) {
        throw new AssertionError(
            "API dump " + dump + " is missing: run mvn verify -Dapi.update=true and commit it");
      }
      if (!Files.readAllLines(dump, StandardCharsets.UTF_8).equals(lines)) {
        throw new AssertionError(
            "public API differs from "
                + dump
                + ": review the change, then run mvn verify -Dapi.update=true and commit it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dump of the published types in {@code classes}, loaded by the context class loader. */
  public static List<String> lines(Path classes) {
    Objects.requireNonNull(classes, "classes");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<String> lines = new ArrayList<>();
    for (String name : classNames(classes)) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (isPublished(type)) {
          lines.addAll(describe(type));
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("classes: " + name + " is not on the class path", e);
      }
    }
    return lines;
  }

  private static TreeSet<String> classNames(Path entry) {
    TreeSet<String> names = new TreeSet<>();
    try {
      if (Files.isDirectory(entry)) {
        try (Stream<Path> files = Files.walk(entry)) {
          files
              .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
              .filter(ApiDump::isCandidate)
              .forEach(f -> names.add(className(f)));
        }
      } else {
        try (JarFile jar = new JarFile(entry.toFile())) {
          jar.stream()
              .map(e -> e.getName())
              .filter(ApiDump::isCandidate)
              .forEach(f -> names.add(className(f)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("classes: cannot read " + entry, e);
    }
    return names;
  }

  private static String className(String path) {
    return path.replace('/', '.').replace(".class", "");
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
}
