package vn.connector.nationalportal.internal;

import java.util.List;
import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.PromotionNotice;
import vn.connector.nationalportal.model.SyncOutcome;

/** One wire style: builds each call and sends it. Thread-safe. */
public interface PortalCalls extends AutoCloseable {

  /** The national system's name in calls, audit events and the outbox. */
  String SYSTEM = "national-portal";

  /**
   * Sends a dossier: as new unless {@code update}; a new one refused as "đã tồn tại" is sent again
   * as an update.
   */
  SyncOutcome sync(Dossier dossier, boolean update);

  /** Sends progress entries, at most {@link #PROGRESS_CHUNK} a request. */
  void progress(List<ProgressEntry> entries);

  /** Progress travels in chunks of 10 (national-portal.md, style B; style A likewise). */
  int PROGRESS_CHUNK = 10;

  Optional<Dossier> find(CallContext context, DossierCode code);

  void notice(PromotionNotice notice);

  Optional<String> techId(CallContext context, String idNumber);

  List<CatalogueItem> catalogue(String service, String codeField, String nameField);

  Optional<Procedure> procedure(ProcedureCode code);

  @Override
  void close();
}
