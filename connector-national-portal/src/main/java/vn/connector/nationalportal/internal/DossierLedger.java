package vn.connector.nationalportal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierStatus;

/**
 * The last national state enqueued per dossier ({@code national_portal_dossier}), read and moved in
 * the portal's transaction: the row is locked ({@code FOR UPDATE}) so two transactions changing one
 * dossier are ordered, as their outbox items are.
 */
public final class DossierLedger {

  /** What was enqueued before this change. */
  public record Previous(DossierStatus status, long versions) {}

  private static final String SCHEMA = "/vn/connector/nationalportal/schema.sql";

  private DossierLedger() {}

  /** Creates the table if absent. */
  public static void createSchema(DataSource dataSource) {
    String sql;
    try (InputStream in = DossierLedger.class.getResourceAsStream(SCHEMA)) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("cannot read " + SCHEMA, e);
    }
    String ddl = sql.replaceAll("(?m)^--.*$", "").strip();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl.endsWith(";") ? ddl.substring(0, ddl.length() - 1) : ddl);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create national_portal_dossier: " + e.getMessage(), e);
    }
  }

  /**
   * Records {@code next} as the dossier's latest state, refusing a move the national list does not
   * allow. Returns what was there before (empty for the first version).
   *
   * @throws IllegalArgumentException for a move the national list does not allow
   */
  public static Optional<Previous> advance(Connection tx, Dossier next) {
    String code = next.code().value();
    try {
      Optional<Previous> previous = lock(tx, code);
      if (previous.isPresent()) {
        DossierStatus from = previous.get().status();
        if (!from.canMoveTo(next.status())) {
          throw new IllegalArgumentException(
              "status: "
                  + code
                  + " cannot move from "
                  + from.code()
                  + " ("
                  + from
                  + ") to "
                  + next.status().code()
                  + " ("
                  + next.status()
                  + "); allowed: "
                  + from.next());
        }
        update(tx, code, next.status(), previous.get().versions() + 1);
      } else {
        insert(tx, code, next.status());
      }
      return previous;
    } catch (SQLException e) {
      throw new IllegalStateException("national_portal_dossier: " + e.getMessage(), e);
    }
  }

  /** The latest state enqueued for a dossier, if any. */
  public static Optional<Previous> current(Connection tx, String code) {
    try {
      return lock(tx, code);
    } catch (SQLException e) {
      throw new IllegalStateException("national_portal_dossier: " + e.getMessage(), e);
    }
  }

  private static Optional<Previous> lock(Connection tx, String code) throws SQLException {
    try (PreparedStatement s =
        tx.prepareStatement(
            "SELECT status, versions FROM national_portal_dossier WHERE dossier_code = ? FOR UPDATE")) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Previous(DossierStatus.fromCode(r.getString(1)), r.getLong(2)))
            : Optional.empty();
      }
    }
  }

  private static void update(Connection tx, String code, DossierStatus status, long versions)
      throws SQLException {
    try (PreparedStatement s =
        tx.prepareStatement(
            "UPDATE national_portal_dossier SET status = ?, versions = ? WHERE dossier_code = ?")) {
      s.setString(1, status.code());
      s.setLong(2, versions);
      s.setString(3, code);
      s.executeUpdate();
    }
  }

  private static void insert(Connection tx, String code, DossierStatus status) throws SQLException {
    try (PreparedStatement s =
        tx.prepareStatement(
            "INSERT INTO national_portal_dossier (dossier_code, status, versions) VALUES (?, ?, 1)")) {
      s.setString(1, code);
      s.setString(2, status.code());
      s.executeUpdate();
    }
  }
}
