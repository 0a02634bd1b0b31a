package vn.connector.benchmarks.compare;

import java.io.IOException;

/**
 * One client under test for one operation: the call to repeat (it throws when the answer is not the
 * expected one, so a broken client cannot look fast) and what to close afterwards.
 */
record Contender(Call call, AutoCloseable resource) implements AutoCloseable {

  /** One operation, answer checked. */
  interface Call {
    void run() throws Exception;
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("unexpected answer: " + what);
    }
  }

  /**
   * Closes the resource; declared without InterruptedException so try-with-resources lints clean.
   */
  @Override
  public void close() throws IOException {
    try {
      resource.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while closing", e);
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
