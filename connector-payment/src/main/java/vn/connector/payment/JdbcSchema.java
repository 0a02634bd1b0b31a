package vn.connector.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates the tables of {@link JdbcPaymentStore} that are absent, one by one, and checks that an
 * existing {@code payment_confirmation} has the current shape.
 *
 * <p>Each table is probed and created on its own, so a database holding one of the two gets the
 * other. Two nodes starting at once may both see a table absent: the CREATE that loses fails, and a
 * table found on the re-check after it counts as created (drivers word "already exists"
 * differently, the re-check does not depend on the wording).
 *
 * <p>Versions before the APPLYING/APPLIED marks kept {@code payment_confirmation(reference,
 * transaction_id, applied_at_ms)}, every row an applied payment. Such a table is refused with the
 * migration to run (also in {@code payment-store.sql}), rather than altered behind the back of the
 * portal's database administrator:
 *
 * <pre>
 * ALTER TABLE payment_confirmation ADD COLUMN state VARCHAR(16) DEFAULT 'APPLIED' NOT NULL;
 * ALTER TABLE payment_confirmation RENAME COLUMN applied_at_ms TO marked_at_ms;
 * </pre>
 */
final class JdbcSchema {

  static final String RESOURCE = "/vn/connector/payment/payment-store.sql";

  static final String MIGRATION =
      "ALTER TABLE payment_confirmation ADD COLUMN state VARCHAR(16) DEFAULT 'APPLIED' NOT NULL;"
          + " ALTER TABLE payment_confirmation RENAME COLUMN applied_at_ms TO marked_at_ms;";

  private JdbcSchema() {}

  static void createIfAbsent(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      for (String ddl : statements()) {
        createTable(c, tableOf(ddl), ddl);
      }
      if (!probe(c, "SELECT state, marked_at_ms FROM payment_confirmation WHERE 1 = 0")) {
        throw new IllegalStateException(
            "payment store: table payment_confirmation has the shape of an earlier version"
                + " (applied_at_ms, no state); migrate it as "
                + RESOURCE.substring(1)
                + " describes: "
                + MIGRATION);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("payment store: createSchema failed: " + e.getMessage(), e);
    }
  }

  private static void createTable(Connection c, String table, String ddl) throws SQLException {
    if (exists(c, table)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      // Another node created it between our probe and our CREATE: that is success.
      if (!exists(c, table)) {
        throw e;
      }
    }
  }

  private static boolean exists(Connection c, String table) {
    return probe(c, "SELECT 1 FROM " + table + " WHERE 1 = 0");
  }

  /** Whether the query runs; a missing table or column makes it fail. */
  private static boolean probe(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      s.executeQuery(sql).close();
      return true;
    } catch (SQLException absent) {
      return false;
    }
  }

  /** The table a {@code CREATE TABLE name (...)} statement creates. */
  static String tableOf(String ddl) {
    String[] words = ddl.strip().split("\\s+", 4);
    if (words.length < 3
        || !(words[0] + " " + words[1]).toUpperCase(Locale.ROOT).equals("CREATE TABLE")) {
      throw new IllegalStateException(RESOURCE + ": not a CREATE TABLE: " + ddl);
    }
    return words[2].replace("(", "");
  }

  /** The statements of {@code payment-store.sql}, comments (the migration among them) left out. */
  static List<String> statements() {
    try (InputStream in = JdbcSchema.class.getResourceAsStream(RESOURCE)) {
      String text =
          new String(Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder sql = new StringBuilder();
      text.lines()
          .filter(l -> !l.strip().startsWith("--"))
          .forEach(l -> sql.append(l).append('\n'));
      List<String> statements = new ArrayList<>();
      for (String statement : sql.toString().split(";")) {
        if (!statement.isBlank()) {
          statements.add(statement.strip());
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
