package vn.connector.postal.model;

/**
 * What a tracking event says happened to a parcel ({@code StatusCode}). The meanings of the codes
 * are not in VNPost's public code; these are the contract's modelled reading, and a code outside
 * them is {@link #UNKNOWN} (the event keeps the number).
 */
public enum ParcelStatus {
  /** 1, tạo đơn. */
  CREATED(1, CollectionState.REGISTERED),
  /** 2, đã nhận hàng: the postman has the parcel. */
  PICKED_UP(2, CollectionState.COLLECTING),
  /** 3, đang vận chuyển. */
  IN_TRANSIT(3, CollectionState.COLLECTING),
  /** 4, đang phát. */
  OUT_FOR_DELIVERY(4, CollectionState.COLLECTING),
  /** 5, phát thành công. */
  DELIVERED(5, CollectionState.HANDED_OVER),
  /** 6, phát không thành công: VNPost tries again, so the leg is still under way. */
  DELIVERY_FAILED(6, CollectionState.COLLECTING),
  /** 7, chuyển hoàn: the parcel goes back to its sender, the leg is over without a handover. */
  RETURNED(7, CollectionState.CANCELLED),
  /** 8, hủy. */
  CANCELLED(8, CollectionState.CANCELLED),
  /** A code the contract does not name; the portal's state is left as it was. */
  UNKNOWN(-1, null);

  private final int code;
  private final CollectionState state;

  ParcelStatus(int code, CollectionState state) {
    this.code = code;
    this.state = state;
  }

  /** The status of a national {@code StatusCode}; {@link #UNKNOWN} for any other. */
  public static ParcelStatus of(int code) {
    for (ParcelStatus s : values()) {
      if (s.code == code && s != UNKNOWN) {
        return s;
      }
    }
    return UNKNOWN;
  }

  /** The national code; -1 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  /**
   * The portal's collection state after this event, or null for {@link #UNKNOWN} (keep the state).
   */
  public CollectionState collectionState() {
    return state;
  }

  /** Whether nothing more will happen to the parcel. */
  public boolean isFinal() {
    return this == DELIVERED || this == RETURNED || this == CANCELLED;
  }
}
