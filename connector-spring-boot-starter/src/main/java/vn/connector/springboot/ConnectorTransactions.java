package vn.connector.springboot;

import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The connection of the Spring transaction running on this thread, for the SDK's calls that write
 * in the portal's transaction ({@code NationalPortalSync.sync(tx, ...)}, {@code Outbox.enqueue(tx,
 * ...)}, trackers): the outbox item then commits with the portal's own change, or rolls back with
 * it and is never delivered.
 *
 * <pre>{@code
 * @Transactional
 * public void approve(Dossier dossier) {
 *   dossiers.markApproved(dossier.code());                               // the portal's change
 *   nationalPortalSync.sync(transactions.connection(), dossier, "DA_KY_DUYET");
 * }
 * }</pre>
 *
 * <p>Works with the {@code DataSourceTransactionManager} Spring Boot configures for JDBC, and with
 * a JPA transaction manager whose dialect exposes its connection (Hibernate's does). Spring
 * releases the connection when the transaction ends; do not close it. Thread-safe.
 */
public final class ConnectorTransactions {

  private final DataSource dataSource;

  ConnectorTransactions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * @throws IllegalStateException outside a transaction: an item enqueued there would commit on its
   *     own, whatever became of the portal's change
   */
  public Connection connection() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "no transaction: call from a @Transactional method, so that the outbox item commits or"
              + " rolls back with the portal's change");
    }
    return DataSourceUtils.getConnection(dataSource);
  }
}
