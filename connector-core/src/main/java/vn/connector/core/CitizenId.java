package vn.connector.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Số định danh cá nhân (the 12-digit personal identification number printed on the CCCD), or the
 * old 9-digit CMND number. The 12-digit form encodes the province of birth registration (3 digits),
 * century and gender (1 digit: 1900s male 0 / female 1, 2000s 2/3, ... 2300s 8/9), the last two
 * digits of the birth year, and 6 random digits; there is no check digit.
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

  public CitizenId {
    value = Identifiers.require(value, "citizenId");
    if (!Identifiers.allDigits(value)) {
      throw new IllegalArgumentException("citizenId: must contain digits only");
    }
    if (value.length() != 12 && value.length() != 9) {
      throw new IllegalArgumentException(
          "citizenId: must be 12 digits (or 9 for a CMND), was " + value.length() + " digits");
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
