package vn.connector.nationalportal.model;

/**
 * What a dossier sync did on the national side.
 *
 * <pre>{@code
 * SyncOutcome outcome = client.sync(dossier);
 * if (outcome == SyncOutcome.UPDATED) { ... }   // it existed: sent again as an update
 * }</pre>
 */
public enum SyncOutcome {
  /** The national portal did not have the dossier and created it. */
  CREATED,
  /** The dossier was sent as an update (it was known to exist, or was refused as "đã tồn tại"). */
  UPDATED
}
