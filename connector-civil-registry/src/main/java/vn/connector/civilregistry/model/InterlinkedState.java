package vn.connector.civilregistry.model;

/** The states a province reports back to the interlinked service ({@code trangThai}). */
public enum InterlinkedState {
  /** 1, đã tiếp nhận. */
  RECEIVED(1),
  /** 2, yêu cầu bổ sung: carries a supplement deadline. */
  SUPPLEMENT_REQUESTED(2),
  /** 3, một cửa đã tiếp nhận. */
  ACCEPTED_BY_ONE_STOP_DESK(3),
  /** 4, có kết quả. */
  RESULT(4),
  /** 5, đã trả kết quả. */
  RESULT_RETURNED(5),
  /** 6, từ chối. */
  REFUSED(6),
  /** 7, đã chuyển sang hệ thống hộ tịch. */
  SENT_TO_REGISTRY(7);

  private final int code;

  InterlinkedState(int code) {
    this.code = code;
  }

  /** The national value. */
  public int code() {
    return code;
  }
}
