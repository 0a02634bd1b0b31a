package vn.connector.postal.model;

/**
 * The state of a dossier's postal leg as the portal keeps it (trạng thái thu gom): the codes the
 * portals store, so {@link #code()} can go straight into the portal's column.
 */
public enum CollectionState {
  /** 0, không dùng: the dossier does not use the postal service. */
  NOT_USED(0),
  /** 1, đăng ký: the order is booked. */
  REGISTERED(1),
  /** 2, đang gom: the parcel is on its way. */
  COLLECTING(2),
  /** 3, đã giao: the parcel was handed over at its destination. */
  HANDED_OVER(3),
  /** 4, hủy: the order was cancelled or the parcel went back. */
  CANCELLED(4);

  private final int code;

  CollectionState(int code) {
    this.code = code;
  }

  /** The portal's code of the state. */
  public int code() {
    return code;
  }
}
