package vn.connector.testkit.criminalrecord;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what slf4j-simple (the testkit's test logger, which writes to the current {@code
 * System.err}) logs while open, so that a test that provokes a warning asserts it instead of
 * printing it.
 */
final class StderrLog implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  StderrLog() {
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
