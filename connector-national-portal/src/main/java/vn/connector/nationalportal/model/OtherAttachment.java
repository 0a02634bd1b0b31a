package vn.connector.nationalportal.model;

/**
 * A paper handed in besides the listed documents ({@code DanhSachTepDinhKemKhac}).
 *
 * <pre>{@code
 * OtherAttachment copy = new OtherAttachment("Bản sao sổ hộ khẩu", 1, "1");
 * }</pre>
 *
 * @param name {@code TenGiayTo}, required
 * @param count {@code SoLuong}, 1 or more
 * @param type {@code LoaiGiayTo}, the national code as the portal has it, or null
 */
public record OtherAttachment(String name, int count, String type) {

  public OtherAttachment {
    name = Text.required(name, "otherAttachments.name", Text.SHORT);
    if (count < 1) {
      throw new IllegalArgumentException("otherAttachments.count: must be 1 or more, was " + count);
    }
    type = Text.optional(type, "otherAttachments.type", 64);
  }
}
