package vn.connector.postal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import vn.connector.core.internal.Jdbc;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Waybill;

/**
 * The waybill numbers ({@code ItemCode}) VNPost allocated to the portal, kept in the portal's
 * database: loaded in bulk, drawn one per order, never the same number twice, also when several
 * portal nodes draw from one database at once. Drawing is idempotent per order: the same order gets
 * the same number again, so a resent order stays one parcel. Thread-safe.
 *
 * <p>Table {@code postal_waybill (item_code PK, order_number UNIQUE, loaded_at, claimed_at)}; a
 * number is claimed by one conditional {@code UPDATE … WHERE order_number IS NULL}, on PostgreSQL
 * through {@code FOR UPDATE SKIP LOCKED} so that nodes never wait on each other.
 *
 * <pre>{@code
 * WaybillPool pool = WaybillPool.builder(dataSource).createSchema(true).build();
 * pool.load(List.of(Waybill.of("EB000000001VN"), Waybill.of("EB000000002VN")));
 * Waybill waybill = pool.draw(OrderNumber.of("000.00.01.H22-241115-0001"));
 * }</pre>
 */
public final class WaybillPool {

  static final String DDL =
      "CREATE TABLE IF NOT EXISTS postal_waybill (item_code VARCHAR(30) PRIMARY KEY,"
          + " order_number VARCHAR(50) UNIQUE, loaded_at BIGINT NOT NULL, claimed_at BIGINT)";
  private static final String FIND = "SELECT item_code FROM postal_waybill WHERE order_number = ?";
  private static final String CLAIM_SKIP_LOCKED =
      "UPDATE postal_waybill SET order_number = ?, claimed_at = ? WHERE item_code = (SELECT"
          + " item_code FROM postal_waybill WHERE order_number IS NULL ORDER BY item_code LIMIT 1"
          + " FOR UPDATE SKIP LOCKED) RETURNING item_code";
  private static final String CANDIDATES =
      "SELECT item_code FROM postal_waybill WHERE order_number IS NULL ORDER BY item_code LIMIT 256";
  private static final String CLAIM =
      "UPDATE postal_waybill SET order_number = ?, claimed_at = ? WHERE item_code = ? AND"
          + " order_number IS NULL";
  private static final String INSERT =
      "INSERT INTO postal_waybill (item_code, loaded_at) SELECT ?, ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM postal_waybill WHERE item_code = ?)";
  private static final int MAX_RACES = 1_000;

  private final DataSource dataSource;
  private final Clock clock;
  private final boolean postgres;

  private WaybillPool(Builder b) {
    this.dataSource = b.dataSource;
    this.clock = b.clock;
    this.postgres = Jdbc.isPostgres(dataSource);
    if (b.createSchema) {
      Jdbc.execute(dataSource, "waybill pool schema", DDL);
    }
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Adds numbers to the pool; numbers already in it (free or drawn) are left as they are. */
  public int load(Collection<Waybill> waybills) {
    List<Waybill> list = List.copyOf(Objects.requireNonNull(waybills, "waybills"));
    long now = clock.millis();
    return Jdbc.inTransaction(
        dataSource,
        "waybill pool load",
        c -> {
          int added = 0;
          try (PreparedStatement s = c.prepareStatement(INSERT)) {
            for (Waybill w : list) {
              s.setString(1, w.value());
              s.setLong(2, now);
              s.setString(3, w.value());
              added += s.executeUpdate();
            }
          }
          return added;
        });
  }

  /**
   * The number for this order: the one drawn for it before, or a free one, claimed for it.
   *
   * @throws IllegalStateException when the pool has no free number left (load more)
   */
  public Waybill draw(OrderNumber order) {
    Objects.requireNonNull(order, "order");
    for (int race = 0; race < MAX_RACES; race++) {
      Optional<Waybill> existing = drawnFor(order);
      if (existing.isPresent()) {
        return existing.get();
      }
      try {
        Optional<Waybill> claimed = postgres ? claimSkipLocked(order) : claimOptimistic(order);
        if (claimed.isPresent()) {
          return claimed.get();
        }
      } catch (IllegalStateException e) {
        // Another node drew for the same order at the same moment: its number is the order's.
        if (!(e.getCause() instanceof SQLException s) || !Jdbc.isConstraintViolation(s)) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("waybill pool: gave up after " + MAX_RACES + " lost races");
  }

  /** The number drawn for this order, if one was. */
  public Optional<Waybill> drawnFor(OrderNumber order) {
    Objects.requireNonNull(order, "order");
    return Jdbc.inTransaction(
        dataSource, "waybill pool lookup", c -> first(c, FIND, order.value()).map(Waybill::of));
  }

  /** How many numbers are still free; load more before it reaches zero. */
  public long remaining() {
    return Jdbc.inTransaction(
        dataSource,
        "waybill pool count",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM postal_waybill WHERE order_number IS NULL");
              ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  private Optional<Waybill> claimSkipLocked(OrderNumber order) {
    Optional<String> code =
        Jdbc.inTransaction(
            dataSource,
            "waybill pool draw",
            c -> {
              try (PreparedStatement s = c.prepareStatement(CLAIM_SKIP_LOCKED)) {
                s.setString(1, order.value());
                s.setLong(2, clock.millis());
                try (ResultSet r = s.executeQuery()) {
                  return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
              }
            });
    if (code.isEmpty()) {
      throw empty();
    }
    return code.map(Waybill::of);
  }

  /** One try: a random free number among the first few, claimed only if still free. */
  private Optional<Waybill> claimOptimistic(OrderNumber order) {
    return Jdbc.inTransaction(
        dataSource,
        "waybill pool draw",
        c -> {
          List<String> free = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(CANDIDATES);
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              free.add(r.getString(1));
            }
          }
          if (free.isEmpty()) {
            throw empty();
          }
          String pick = free.get(ThreadLocalRandom.current().nextInt(free.size()));
          try (PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setString(1, order.value());
            s.setLong(2, clock.millis());
            s.setString(3, pick);
            return s.executeUpdate() == 1 ? Optional.of(Waybill.of(pick)) : Optional.empty();
          }
        });
  }

  private static Optional<String> first(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static IllegalStateException empty() {
    return new IllegalStateException(
        "waybill pool: no free number left; load the ItemCode numbers VNPost allocated");
  }

  /** Builds a {@link WaybillPool}. */
  public static final class Builder {
    private final DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private boolean createSchema;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Creates the table if it is missing (default off: production schemas are migrated by the
     * portal; the DDL is in the connector's documentation).
     */
    public Builder createSchema(boolean create) {
      this.createSchema = create;
      return this;
    }

    /** The clock of the load and claim times (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public WaybillPool build() {
      return new WaybillPool(this);
    }
  }
}
