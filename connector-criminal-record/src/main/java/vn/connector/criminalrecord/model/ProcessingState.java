package vn.connector.criminalrecord.model;

/**
 * Trạng thái xử lý hồ sơ: the national dossier status list (trangThaiXuLy 1-10), which the ministry
 * uses for criminal-record dossiers too. {@link #UNKNOWN} stands for a value outside the list; the
 * status keeps the value as it came.
 */
public enum ProcessingState {
  /** 1 mới đăng ký. */
  REGISTERED,
  /** 2 được tiếp nhận. */
  RECEIVED,
  /** 3 không được tiếp nhận. */
  NOT_RECEIVED,
  /** 4 đang xử lý. */
  PROCESSING,
  /** 5 yêu cầu bổ sung: the only state in which a VNeID dossier may be pushed again. */
  SUPPLEMENT_REQUESTED,
  /** 6 yêu cầu thực hiện nghĩa vụ tài chính. */
  FEE_REQUESTED,
  /** 7 công dân yêu cầu rút. */
  WITHDRAWN,
  /** 8 dừng xử lý. */
  STOPPED,
  /** 9 đã xử lý xong: carries the certificate. */
  DONE,
  /** 10 đã trả kết quả: carries the certificate. */
  RESULT_RETURNED,
  /** A value the national list does not have. */
  UNKNOWN;

  /** The national code, 1-10; 0 for {@link #UNKNOWN}. */
  public int code() {
    return this == UNKNOWN ? 0 : ordinal() + 1;
  }

  /** The state of a national code; {@link #UNKNOWN} outside 1-10. */
  public static ProcessingState ofCode(int code) {
    return code >= 1 && code <= 10 ? values()[code - 1] : UNKNOWN;
  }

  /** Whether the dossier has reached 9 or 10, the states that carry the certificate. */
  public boolean carriesCertificate() {
    return this == DONE || this == RESULT_RETURNED;
  }

  /** Whether the dossier will not move on by itself (certificate issued, refused, stopped). */
  public boolean isFinal() {
    return carriesCertificate() || this == NOT_RECEIVED || this == WITHDRAWN || this == STOPPED;
  }
}
