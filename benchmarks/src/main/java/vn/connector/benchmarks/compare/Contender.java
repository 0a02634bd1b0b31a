package vn.connector.benchmarks.compare;

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

  @Override
  public void close() throws Exception {
    resource.close();
  }
}
