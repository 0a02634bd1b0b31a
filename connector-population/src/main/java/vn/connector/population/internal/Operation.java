package vn.connector.population.internal;

/** The population operations this SDK calls; the root element name doubles as the operation name. */
public enum Operation {
  LOOKUP("TraCuuThongTinCongDan"),
  VERIFY("XacThucThongTinCongDan"),
  HOUSEHOLD("CungCapThongTinHoGiaDinh");

  private final String wireName;

  Operation(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
