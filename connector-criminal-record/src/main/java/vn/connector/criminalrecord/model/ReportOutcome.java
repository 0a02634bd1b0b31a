package vn.connector.criminalrecord.model;

/** What the ministry said to a result report it accepted. */
public enum ReportOutcome {
  /** statusCode 00. */
  DELIVERED,
  /** "không thể cập nhật lên trạng thái": the dossier is already in that state; done before. */
  ALREADY_IN_STATE
}
