package vn.connector.nationalportal.model;

/**
 * A fee or charge of the dossier ({@code DanhSachLePhi}: phí, lệ phí).
 *
 * <pre>{@code
 * Fee fee = new Fee("Lệ phí đăng ký khai sinh", "LP01", "1", 8_000, "2");
 * }</pre>
 *
 * @param name {@code TenPhiLePhi}, required
 * @param code {@code MaPhiLePhi}, or null
 * @param collectionMethod {@code HinhThucThu}, the national code as the portal has it, or null
 * @param amount {@code Gia}, whole đồng, 0 or more
 * @param type {@code LoaiPhiLePhi}, the national code as the portal has it, or null
 */
public record Fee(String name, String code, String collectionMethod, long amount, String type) {

  public Fee {
    name = Text.required(name, "fees.name", Text.SHORT);
    code = Text.optional(code, "fees.code", 64);
    collectionMethod = Text.optional(collectionMethod, "fees.collectionMethod", 64);
    if (amount < 0) {
      throw new IllegalArgumentException("fees.amount: must be 0 or more đồng, was " + amount);
    }
    type = Text.optional(type, "fees.type", 64);
  }
}
