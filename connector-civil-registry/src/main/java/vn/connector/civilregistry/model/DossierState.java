package vn.connector.civilregistry.model;

/**
 * Where a dossier stands at the civil registry ({@code trangThai} of the result poll). {@link
 * #RESULT} and {@link #REFUSED} are final; {@link #SUPPLEMENT_REQUESTED} waits for the citizen
 * until a deadline.
 */
public enum DossierState {
  /** 1, chờ tiếp nhận. */
  WAITING(1),
  /** 2, yêu cầu bổ sung: the citizen must add papers before the deadline. */
  SUPPLEMENT_REQUESTED(2),
  /** 3, đang xử lý. */
  IN_PROGRESS(3),
  /** 4, có kết quả: final. */
  RESULT(4),
  /** 6, từ chối: final. */
  REFUSED(6),
  /** A value the contract does not know; {@link RegistrationStatus#nationalState()} keeps it. */
  UNKNOWN(-1);

  private final int code;

  DossierState(int code) {
    this.code = code;
  }

  /** The state for a national value; {@link #UNKNOWN} for any other. */
  public static DossierState of(int national) {
    for (DossierState s : values()) {
      if (s.code == national && s != UNKNOWN) {
        return s;
      }
    }
    return UNKNOWN;
  }

  /** Whether the registry will not change this state any more. */
  public boolean isFinal() {
    return this == RESULT || this == REFUSED;
  }
}
