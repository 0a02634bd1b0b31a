package vn.connector.core;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Số định danh cá nhân (the 12-digit personal identification number printed on the CCCD), or the
 * old 9-digit CMND number. The 12-digit form encodes the province of birth registration (3 digits),
 * century and gender (1 digit: 1900s male 0 / female 1, 2000s 2/3, ... 2300s 8/9), the last two
 * digits of the birth year, and 6 random digits; there is no check digit. A number whose province
 * code does not exist, or whose century digit and year put the birth in the future, is refused.
 *
 * <p>{@link #toString()} is masked ({@code 0010******45}); use {@link #value()} on the wire only.
 *
 * <pre>{@code
 * CitizenId id = CitizenId.parse("001090012345");
 * id.impliedGender();      // Optional[MALE]
 * id.impliedBirthYear();   // ... 1990 needs the full year: see consistentWith
 * }</pre>
 */
public record CitizenId(String value) {

  /**
   * The province codes of the 63 provinces as they stood when the CCCD numbering began (Thông tư
   * 07/2016/TT-BCA, annex: the 2-digit administrative code with a leading 0). The 2025 mergers kept
   * codes of this list for the new provinces, so every number issued so far starts with one of
   * them.
   */
  private static final Set<String> PROVINCES =
      Set.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  public CitizenId {
    value = Identifiers.require(value, "citizenId");
    if (!Identifiers.allDigits(value)) {
      throw new IllegalArgumentException("citizenId: must contain digits only");
    }
    if (value.length() != 12 && value.length() != 9) {
      throw new IllegalArgumentException(
          "citizenId: must be 12 digits (or 9 for a CMND), was " + value.length() + " digits");
    }
    if (value.length() == 12) {
      checkProvinceAndCentury(value);
    }
  }

  private static void checkProvinceAndCentury(String value) {
    if (!PROVINCES.contains(value.substring(0, 3))) {
      throw new IllegalArgumentException("citizenId: the first 3 digits are not a province code");
    }
    int year = 1900 + ((value.charAt(3) - '0') / 2) * 100 + Integer.parseInt(value.substring(4, 6));
    if (year > Identifiers.today().getYear()) {
      throw new IllegalArgumentException(
          "citizenId: the century digit and year put the birth in the future");
    }
  }

  public static CitizenId parse(String value) {
    return new CitizenId(value);
  }

  /**
   * Whether this is an old 9-digit CMND number (sent as {@code SoCMND}, never {@code SoDinhDanh}).
   */
  public boolean isCmnd() {
    return value.length() == 9;
  }

  /** The gender the 4th digit encodes; empty for a CMND. */
  public Optional<Gender> impliedGender() {
    if (isCmnd()) {
      return Optional.empty();
    }
    return Optional.of((value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE);
  }

  /** The birth century the 4th digit encodes (1900, 2000, ...); empty for a CMND. */
  public OptionalInt impliedBirthCentury() {
    if (isCmnd()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(1900 + ((value.charAt(3) - '0') / 2) * 100);
  }

  /** The birth year the ID encodes (century digit + two year digits); empty for a CMND. */
  public OptionalInt impliedBirthYear() {
    if (isCmnd()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(
        impliedBirthCentury().getAsInt() + Integer.parseInt(value.substring(4, 6)));
  }

  /**
   * Whether the ID agrees with a birth date and gender (either may be null to skip it). Always true
   * for a CMND, which encodes neither.
   */
  public boolean consistentWith(BirthDate birthDate, Gender gender) {
    if (isCmnd()) {
      return true;
    }
    if (birthDate != null && birthDate.year() != impliedBirthYear().getAsInt()) {
      return false;
    }
    return gender == null || gender == Gender.UNKNOWN || gender == impliedGender().get();
  }

  /** The province-of-registration code (first 3 digits); empty for a CMND. */
  public Optional<String> provinceCode() {
    return isCmnd() ? Optional.empty() : Optional.of(value.substring(0, 3));
  }

  @Override
  public String toString() {
    return Masking.identifier(value);
  }
}
