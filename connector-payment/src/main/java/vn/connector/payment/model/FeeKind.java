package vn.connector.payment.model;

/** Loại phí, lệ phí: whether a fee line is a phí (a fee for a service) or a lệ phí (a charge). */
public enum FeeKind {
  /** Phí. */
  FEE,
  /** Lệ phí. */
  CHARGE
}
