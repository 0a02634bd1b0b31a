package vn.connector.population.model;

/**
 * An address of the population record (địa chỉ: nơi đăng ký khai sinh, quê quán, thường trú, nơi ở
 * hiện tại). Codes are the national administrative unit codes; any part may be null when the record
 * lacks it. {@link #toString()} shows none of it: down to the commune and street, an address points
 * at a person.
 *
 * @param provinceCode mã tỉnh/thành
 * @param districtCode mã quận/huyện
 * @param communeCode mã phường/xã
 * @param detail chi tiết (street, hamlet)
 * @param country quốc gia
 */
public record Address(
    String provinceCode, String districtCode, String communeCode, String detail, String country) {

  @Override
  public String toString() {
    return "Address[****]";
  }
}
