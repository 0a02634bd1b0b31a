package vn.connector.payment.model;

import java.util.Objects;
import java.util.Optional;
import vn.connector.core.CitizenId;
import vn.connector.core.Masking;
import vn.connector.core.PersonName;

/**
 * Người nộp: who pays, as printed on the receipt. Personal data: never logged by the SDK, and
 * {@link #toString()} masks it.
 *
 * @param name họ tên người nộp
 * @param idNumber số CCCD/CMND người nộp, null when the payer gave none
 * @param address địa chỉ (empty when unknown)
 * @param district huyện (empty when unknown)
 * @param province tỉnh (empty when unknown)
 */
public record Payer(
    PersonName name, CitizenId idNumber, String address, String district, String province) {

  public Payer {
    Objects.requireNonNull(name, "payer.name");
    address = Text.optional(address);
    district = Text.optional(district);
    province = Text.optional(province);
  }

  /** A payer known only by name. */
  public static Payer named(PersonName name) {
    return new Payer(name, null, "", "", "");
  }

  public Payer withIdNumber(CitizenId id) {
    return new Payer(name, Objects.requireNonNull(id, "idNumber"), address, district, province);
  }

  public Payer withAddress(String address, String district, String province) {
    return new Payer(name, idNumber, address, district, province);
  }

  /** The id number, if the payer gave one. */
  public Optional<CitizenId> id() {
    return Optional.ofNullable(idNumber);
  }

  /** Masked: the name's first letter, the id number's ends, the address only as given or not. */
  @Override
  public String toString() {
    return "Payer[name="
        + Masking.name(name.value())
        + ", idNumber="
        + (idNumber == null ? "none" : Masking.identifier(idNumber.value()))
        + ", address="
        + (address.isEmpty() && district.isEmpty() && province.isEmpty() ? "none" : "***")
        + "]";
  }
}
