package vn.connector.civilregistry.internal;

/** The phrases of the civil registry's answers that the tables and tests share. */
public final class Phrases {

  /** A repeated push: the registry has the dossier already, which is success. */
  public static final String ALREADY_RECEIVED = "đã được tiếp nhận";

  /** The acknowledgement's success text. */
  public static final String ACKNOWLEDGED = "cập nhật thành công";

  private Phrases() {}
}
