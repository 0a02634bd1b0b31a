package vn.connector.core.security.internal;

import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.EvidenceRecord;

/** The listener that keeps nothing; one instance, so a profile can tell it needs no key. */
public enum NoEvidence implements EvidenceListener {
  INSTANCE;

  @Override
  public void onEvidence(EvidenceRecord record) {}

  /**
   * The key a profile needs to keep {@code listener}'s evidence: none for {@link #INSTANCE}, else
   * {@code key}, which must then be configured.
   */
  public static EvidenceKey keyFor(EvidenceListener listener, EvidenceKey key) {
    if (listener == INSTANCE) {
      return null;
    }
    if (key == null) {
      throw new IllegalStateException(
          "evidenceKey is required to keep evidence (security.evidenceKey, base64 of 32 bytes or"
              + " more): unkeyed digests of small bodies give the citizen ID back");
    }
    return key;
  }
}
