package vn.connector.benchmarks.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a fresh JVM on this JVM's class path (the stub, a cold start, the bulk run). */
final class Jvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;

  private Jvm(Process process) {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  static Jvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(quietLogging());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return new Jvm(pb.start());
  }

  /**
   * The class path holds two SLF4J providers (slf4j-simple and the build's test-logging), so every
   * child would print SLF4J's multiple-providers warning: name one, and only warnings and errors.
   */
  private static List<String> quietLogging() {
    try {
      Class.forName("org.slf4j.simple.SimpleServiceProvider", false, Jvm.class.getClassLoader());
      return List.of(
          "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
          "-Dslf4j.internal.verbosity=WARN");
    } catch (ClassNotFoundException e) {
      return List.of();
    }
  }

  /** The next line the child printed that starts with {@code prefix}; others are skipped. */
  String lineStartingWith(String prefix) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new IOException("child ended before printing " + prefix);
  }

  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already gone
    }
    process.destroy();
  }
}
