package vn.connector.outbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The outbox's tables: checked through the connection's metadata (a failing probe query would abort
 * the portal's transaction on PostgreSQL), created from the shipped migration when asked.
 */
final class Schema {

  static final List<String> TABLES =
      List.of("outbox_key", "outbox_item", "outbox_tracker", "outbox_feed", "outbox_feed_event");

  private Schema() {}

  static void ensure(Database db, boolean create) {
    List<String> missing = TABLES.stream().filter(t -> !db.hasTable(t)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String file = file(db.dialect());
    if (!create) {
      throw new IllegalStateException(
          "outbox tables "
              + missing
              + " are absent: run vn/connector/outbox/"
              + file
              + " with the portal's migrations, or set createSchema(true)");
    }
    db.inTransaction(
        c -> {
          run(c, read(file));
          return null;
        });
  }

  static String file(Database.Dialect dialect) {
    return "schema-" + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
  }

  private static void run(Connection c, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements(script)) {
        s.execute(statement);
      }
    }
  }

  /** The statements of a migration file: comment lines dropped, split at semicolons. */
  static List<String> statements(String script) {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    return List.of(sql.toString().split(";")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String read(String file) {
    try (InputStream in = Schema.class.getResourceAsStream("/vn/connector/outbox/" + file)) {
      if (in == null) {
        throw new IllegalStateException("outbox: schema file " + file + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("outbox: cannot read " + file, e);
    }
  }
}
