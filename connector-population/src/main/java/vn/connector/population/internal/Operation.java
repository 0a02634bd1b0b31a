package vn.connector.population.internal;

/**
 * The population operations this SDK calls; the root element name doubles as the operation name.
 */
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

  /** The operation a call was built for (its operation name is the wire name). */
  static Operation valueOf(vn.connector.core.Call call) {
    for (Operation o : values()) {
      if (o.wireName.equals(call.operation())) {
        return o;
      }
    }
    throw new IllegalArgumentException("operation: unknown " + call.operation());
  }
}
