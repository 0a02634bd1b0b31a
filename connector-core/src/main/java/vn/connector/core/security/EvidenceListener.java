package vn.connector.core.security;

/**
 * Receives one {@link EvidenceRecord} per checked response, whether the check passed or failed. A
 * profile hands records out only when it has an evidence key ({@code security.evidenceKey}), since
 * its digests are keyed (see {@link EvidenceRecord}). Called on the calling thread; keep it fast
 * (queue to storage) and thread-safe.
 */
@FunctionalInterface
public interface EvidenceListener {

  void onEvidence(EvidenceRecord record);

  /** A listener that keeps nothing (and needs no evidence key). */
  static EvidenceListener none() {
    return vn.connector.core.security.internal.NoEvidence.INSTANCE;
  }
}
