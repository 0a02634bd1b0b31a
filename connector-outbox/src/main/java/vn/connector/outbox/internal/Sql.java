package vn.connector.outbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers shared by the stores. */
public final class Sql {

  private Sql() {}

  /** Binds strings, numbers and nulls (given as {@link Null}) in order. */
  public static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        Object p = parameters[i];
        if (p instanceof Null n) {
          s.setNull(i + 1, n.sqlType());
        } else {
          s.setObject(i + 1, p);
        }
      }
      return s;
    } catch (SQLException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** Runs one INSERT, UPDATE or DELETE; returns the row count. */
  public static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  /** A typed SQL NULL parameter. */
  public record Null(int sqlType) {
    public static final Null VARCHAR = new Null(java.sql.Types.VARCHAR);
    public static final Null BIGINT = new Null(java.sql.Types.BIGINT);
  }

  /** SQLState class 23 is "integrity constraint violation" in SQL:2003, used by every driver. */
  public static boolean isDuplicate(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }

  /** The failure as the unchecked exception the outbox throws; no parameters, so no payload. */
  public static IllegalStateException failure(String operation, SQLException e) {
    return new IllegalStateException(
        "outbox: " + operation + " failed (SQLState " + e.getSQLState() + "): " + e.getMessage(),
        e);
  }
}
