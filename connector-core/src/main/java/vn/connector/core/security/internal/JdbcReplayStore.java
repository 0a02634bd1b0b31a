package vn.connector.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import vn.connector.core.security.ReplayStore;

/**
 * {@link ReplayStore} on one table shared by every node. The primary key makes the check atomic
 * across nodes: the first insert wins, a second one fails with a unique violation (SQLSTATE 23505
 * on PostgreSQL and H2). A key whose time has passed is taken over by a conditional update, which
 * is atomic too. Keys are SHA-256 of scope and value, so the table holds no message content.
 */
public final class JdbcReplayStore implements ReplayStore {

  public static final String DDL =
      "CREATE TABLE IF NOT EXISTS connector_replay_guard ("
          + "seen_key CHAR(64) PRIMARY KEY, forget_after BIGINT NOT NULL)";

  private static final String INSERT =
      "INSERT INTO connector_replay_guard (seen_key, forget_after) VALUES (?, ?)";
  private static final String TAKE_OVER =
      "UPDATE connector_replay_guard SET forget_after = ? WHERE seen_key = ? AND forget_after < ?";
  private static final String PURGE = "DELETE FROM connector_replay_guard WHERE forget_after < ?";
  private static final Duration PURGE_EVERY = Duration.ofSeconds(60);

  private final DataSource dataSource;
  private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE);

  public JdbcReplayStore(DataSource dataSource, boolean createTable) {
    this.dataSource = dataSource;
    if (createTable) {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute(DDL);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "replay store: cannot create connector_replay_guard (SQLSTATE " + e.getSQLState() + ")",
            e);
      }
    }
  }

  @Override
  public boolean firstSeen(String scope, String value, Instant forgetAfter, Instant now) {
    String key = key(scope, value);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      purgeNowAndThen(c, now);
      if (inserted(c, key, forgetAfter)) {
        return true;
      }
      try (PreparedStatement update = c.prepareStatement(TAKE_OVER)) {
        update.setLong(1, forgetAfter.toEpochMilli());
        update.setString(2, key);
        update.setLong(3, now.toEpochMilli());
        return update.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "replay store unavailable (SQLSTATE " + e.getSQLState() + ")", e);
    }
  }

  private static boolean inserted(Connection c, String key, Instant forgetAfter)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setString(1, key);
      insert.setLong(2, forgetAfter.toEpochMilli());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
  }

  /** One node at a time, at most once a minute per node, removes what nobody needs any more. */
  private void purgeNowAndThen(Connection c, Instant now) throws SQLException {
    long last = lastPurge.get();
    long nowMillis = now.toEpochMilli();
    if (last != Long.MIN_VALUE && nowMillis - last < PURGE_EVERY.toMillis()) {
      return;
    }
    if (!lastPurge.compareAndSet(last, nowMillis)) {
      return;
    }
    try (PreparedStatement purge = c.prepareStatement(PURGE)) {
      purge.setLong(1, nowMillis);
      purge.executeUpdate();
    }
  }

  private static String key(String scope, String value) {
    byte[] digest =
        ContentDigest.digest(
            "SHA-256", (scope + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  @Override
  public String toString() {
    return "ReplayStore[jdbc connector_replay_guard]";
  }
}
