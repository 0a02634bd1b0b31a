package vn.connector.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one {@link AuditEvent} per call. Implementations must be thread-safe and quick (they run
 * on the calling thread); hand events to a queue for slow sinks such as a database.
 *
 * <pre>{@code
 * AuditListener toDatabase = event -> auditQueue.offer(event);
 * PopulationClient client = PopulationClient.builder()...auditListener(toDatabase).build();
 * }</pre>
 */
@FunctionalInterface
public interface AuditListener {

  void onEvent(AuditEvent event);

  /**
   * The default: one SLF4J line per call on the logger {@code vn.connector.audit}, INFO for success
   * and WARN otherwise.
   */
  static AuditListener slf4j() {
    return Slf4jAudit.INSTANCE;
  }

  /** Sends each event to both listeners. */
  default AuditListener andThen(AuditListener next) {
    return event -> {
      onEvent(event);
      next.onEvent(event);
    };
  }
}

final class Slf4jAudit implements AuditListener {

  static final Slf4jAudit INSTANCE = new Slf4jAudit();
  private static final Logger LOG = LoggerFactory.getLogger("vn.connector.audit");

  @Override
  public void onEvent(AuditEvent e) {
    // Some portals use the officer's own ID number as MaCanBo: mask digit runs, keep account names.
    String officer = e.context() == null ? "-" : Masking.identifiersIn(e.context().officerId());
    String unit = e.context() == null ? "-" : e.context().unitCode();
    String dossier = e.context() == null ? "-" : e.context().dossier().value();
    String purpose = e.context() == null ? "-" : e.context().purpose().name();
    String format =
        "system={} operation={} requestId={} outcome={} durationMs={} attempts={} detail={}"
            + " officer={} unit={} dossier={} purpose={}";
    Object[] args = {
      e.system(),
      e.operation(),
      e.requestId(),
      e.outcome(),
      e.duration().toMillis(),
      e.attempts(),
      e.detail(),
      officer,
      unit,
      dossier,
      purpose
    };
    if (e.outcome() == AuditEvent.Outcome.SUCCESS) {
      LOG.info(format, args);
    } else {
      LOG.warn(format, args);
    }
  }
}
