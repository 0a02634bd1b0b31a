package vn.connector.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.connector.outbox.internal.Database;

/**
 * Creates the tables of {@link JdbcPaymentStore} that are absent and checks that an existing {@code
 * payment_confirmation} has the current shape, asking only the connection's metadata: a failing
 * probe query would abort a PostgreSQL transaction that the data source joins.
 *
 * <p>The dialect's script ({@code payment-store-postgresql.sql}, {@code -h2.sql}) creates each
 * table {@code IF NOT EXISTS}, so a database holding one of the two gets the other, and two nodes
 * starting at once both succeed.
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

  static void createIfAbsent(Database db) {
    db.ensureTables(
        JdbcSchema.class,
        "/vn/connector/payment/payment-store",
        List.of("payment_attempt", "payment_confirmation"),
        true);
    if (!db.hasColumn("payment_confirmation", "state")
        || !db.hasColumn("payment_confirmation", "marked_at_ms")) {
      throw new IllegalStateException(
          "payment store: table payment_confirmation has the shape of an earlier version"
              + " (applied_at_ms, no state); migrate it as "
              + RESOURCE.substring(1)
              + " describes: "
              + MIGRATION);
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
