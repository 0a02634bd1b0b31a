package vn.connector.criminalrecord.model;

/**
 * Loại phiếu lý lịch tư pháp: which certificate is asked for.
 *
 * <p>{@link #TYPE_2} lists every conviction, also those erased, and is issued only to the person
 * themselves (Luật Lý lịch tư pháp 2009, Art. 41 and 46): a declaration for it may not carry a
 * mandate.
 */
public enum CertificateType {
  /** Phiếu lý lịch tư pháp số 1. */
  TYPE_1,
  /** Phiếu lý lịch tư pháp số 2. */
  TYPE_2
}
