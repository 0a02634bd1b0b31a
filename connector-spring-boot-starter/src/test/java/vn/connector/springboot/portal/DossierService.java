package vn.connector.springboot.portal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.connector.nationalportal.NationalPortalSync;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.springboot.ConnectorTransactions;

/** The portal's own service: its table and the national sync, in one Spring transaction. */
class DossierService {

  private final JdbcTemplate jdbc;
  private final NationalPortalSync sync;
  private final ConnectorTransactions transactions;

  DossierService(JdbcTemplate jdbc, NationalPortalSync sync, ConnectorTransactions transactions) {
    this.jdbc = jdbc;
    this.sync = sync;
    this.transactions = transactions;
    jdbc.execute(
        "CREATE TABLE IF NOT EXISTS portal_dossier (code VARCHAR(64) PRIMARY KEY, state"
            + " VARCHAR(32))");
  }

  @Transactional
  public void receive(Dossier dossier) {
    jdbc.update(
        "INSERT INTO portal_dossier (code, state) VALUES (?, ?)",
        dossier.code().value(),
        "DA_TIEP_NHAN");
    sync.sync(transactions.connection(), dossier, "DA_TIEP_NHAN");
  }

  /** The portal's change fails after the sync was enqueued: both must roll back. */
  @Transactional
  public void receiveThenFail(Dossier dossier) {
    receive(dossier);
    throw new IllegalStateException("portal check failed after the sync was enqueued");
  }

  int count(String code) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM portal_dossier WHERE code = ?", Integer.class, code);
  }
}
