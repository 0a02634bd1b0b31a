package vn.connector.core.security;

import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import vn.connector.core.security.internal.JdbcReplayStore;
import vn.connector.core.security.internal.NonceCache;

/**
 * Where a verifying side remembers what it has already accepted (chống phát lại): the nonces of RFC
 * 9421 requests and the signature values of WS-Security requests, each until the last instant the
 * message could still be accepted. Implementations must be thread-safe and the check must be
 * atomic: two nodes that receive the same message at once must not both accept it.
 *
 * <p>Which one to use:
 *
 * <ul>
 *   <li>{@link #inMemory()} (the default) when the provider runs as a single process and a restart
 *       takes longer than the replay window (300 s): a replay to another node, or to the same node
 *       after a restart inside the window, is not recognised.
 *   <li>{@link #jdbc(DataSource, boolean)} when several nodes serve the same endpoint or a restart
 *       can be quicker than the window: every node shares one table (PostgreSQL or H2), which can
 *       live in the same schema as the outbox's tables. Each accepted request costs one insert.
 * </ul>
 *
 * <pre>{@code
 * ReplayStore shared = ReplayStore.jdbc(dataSource, true);   // creates connector_replay_guard
 * HttpSignatureProfile rest = HttpSignatureProfile.builder(config).replayStore(shared).build();
 * WsSecurityProfile soap = WsSecurityProfile.builder(config).replayStore(shared).build();
 * }</pre>
 */
public interface ReplayStore {

  /**
   * Records {@code value} under {@code scope} (the signer's key id) until {@code forgetAfter},
   * inclusive, unless it is already recorded and not yet forgotten at {@code now}.
   *
   * @return true when this is the first time (the message may be accepted), false for a replay
   * @throws IllegalStateException when the store cannot tell (full, unreachable); the verifier then
   *     refuses the message, it never accepts what it cannot check
   */
  boolean firstSeen(String scope, String value, Instant forgetAfter, Instant now);

  /** A store in this process's memory holding at most 100,000 live entries. */
  static ReplayStore inMemory() {
    return inMemory(100_000);
  }

  /**
   * A store in this process's memory holding at most {@code capacity} live entries; when full it
   * refuses new messages rather than forget live ones. Size it to the peak requests per window.
   */
  static ReplayStore inMemory(int capacity) {
    return new NonceCache(capacity);
  }

  /**
   * A store shared by every node through table {@code connector_replay_guard} of {@code dataSource}
   * (PostgreSQL or H2). With {@code createTable} the table is created when missing; otherwise
   * create it with the DDL of {@link #JDBC_TABLE_DDL}. Expired rows are purged as new ones arrive.
   */
  static ReplayStore jdbc(DataSource dataSource, boolean createTable) {
    return new JdbcReplayStore(Objects.requireNonNull(dataSource, "dataSource"), createTable);
  }

  /** The table the JDBC store needs, in SQL that PostgreSQL and H2 both accept. */
  String JDBC_TABLE_DDL = JdbcReplayStore.DDL;
}
