package vn.connector.nationalportal.model;

import java.util.Objects;
import vn.connector.core.CitizenId;
import vn.connector.core.Masking;

/**
 * One identity number of the applicant ({@code DinhDanhCHS}: {@code LoaiDinhDanh}, {@code
 * SoDinhDanh}). Type {@code "1"} is the 12-digit personal identification number, {@code "2"} the
 * old 9-digit card; other type codes are kept as sent, with the number unchecked. Printed masked.
 *
 * <pre>{@code
 * IdentityNumber id = IdentityNumber.of(CitizenId.parse("001090012345"));   // type "1"
 * }</pre>
 *
 * @param type the national type code ({@code LoaiDinhDanh})
 * @param number the number ({@code SoDinhDanh}), personal data
 */
public record IdentityNumber(String type, String number) {

  /** {@code LoaiDinhDanh} of the 12-digit personal identification number. */
  public static final String PERSONAL_ID = "1";

  /** {@code LoaiDinhDanh} of the old 9-digit identity card. */
  public static final String OLD_ID_CARD = "2";

  public IdentityNumber {
    type = Text.code(type, "applicant.identities.type");
    number = Text.code(number, "applicant.identities.number");
    int digits = type.equals(PERSONAL_ID) ? 12 : type.equals(OLD_ID_CARD) ? 9 : -1;
    if (digits > 0 && !(number.length() == digits && number.chars().allMatch(Character::isDigit))) {
      throw new IllegalArgumentException(
          "applicant.identities.number: type " + type + " needs " + digits + " digits");
    }
  }

  /** The identity number of a citizen id: type 1 for 12 digits, type 2 for a 9-digit card. */
  public static IdentityNumber of(CitizenId id) {
    Objects.requireNonNull(id, "id");
    return new IdentityNumber(id.isCmnd() ? OLD_ID_CARD : PERSONAL_ID, id.value());
  }

  @Override
  public String toString() {
    return "IdentityNumber[type=" + type + ", number=" + Masking.identifier(number) + "]";
  }
}
