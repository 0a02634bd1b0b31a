package vn.connector.postal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose statements and commits fail at random, as a portal node dies in the middle of
 * a page: before a statement, or before or after a commit (the work is then committed, but the node
 * never learns it). Deterministic for a seed.
 */
final class CrashingDataSource implements DataSource {

  private final DataSource delegate;
  private final SplittableRandom random;
  private final double rate;
  private int crashes;

  CrashingDataSource(DataSource delegate, long seed, double rate) {
    this.delegate = delegate;
    this.random = new SplittableRandom(seed);
    this.rate = rate;
  }

  synchronized int crashes() {
    return crashes;
  }

  private synchronized void maybeCrash(String where) throws SQLException {
    if (random.nextDouble() < rate) {
      crashes++;
      throw new SQLException("node killed " + where, "08006");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = delegate.getConnection();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit")) {
                maybeCrash("before commit");
                invoke(c, method, args);
                maybeCrash("after commit");
                return null;
              }
              Object result = invoke(c, method, args);
              return result instanceof PreparedStatement s ? statement(s) : result;
            });
  }

  private PreparedStatement statement(PreparedStatement s) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("execute")) {
                maybeCrash("before " + method.getName());
              }
              return invoke(s, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
