package vn.connector.core.security;

/**
 * Receives one {@link EvidenceRecord} per checked response, whether the check passed or failed.
 * Called on the calling thread; keep it fast (queue to storage) and thread-safe.
 */
@FunctionalInterface
public interface EvidenceListener {

  void onEvidence(EvidenceRecord record);

  /** A listener that keeps nothing. */
  static EvidenceListener none() {
    return record -> {};
  }
}
