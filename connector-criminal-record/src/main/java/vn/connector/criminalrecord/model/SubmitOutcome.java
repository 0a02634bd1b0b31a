package vn.connector.criminalrecord.model;

/** What the ministry said to a declaration it accepted. */
public enum SubmitOutcome {
  /** "gửi thông tin thành công": received now. */
  ACCEPTED,
  /**
   * "đã được tiếp nhận, không thể cập nhật thông tin": the dossier code was received before; a
   * repeat of the same submission, which is success.
   */
  ALREADY_RECEIVED
}
