package vn.connector.postal.model;

/** Which way a postal order goes between a citizen and the one-stop desk (bộ phận một cửa). */
public enum Direction {
  /** Thu gom hồ sơ: from the citizen's address to the desk. */
  COLLECTION,
  /** Trả kết quả: from the desk to the citizen's address. */
  DELIVERY
}
