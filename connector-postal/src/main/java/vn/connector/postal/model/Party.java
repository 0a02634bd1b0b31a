package vn.connector.postal.model;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.connector.core.Masking;
import vn.connector.core.internal.Text;

/**
 * A sender or receiver of a postal order: the citizen, or the one-stop desk. Printed masked: the
 * name by its first letter, the phone by its last digits, the street address not at all.
 *
 * <pre>{@code
 * Party citizen = new Party("Nguyễn Văn An", "0912345678", null, "12 Ngõ 34 Đội Cấn",
 *     Location.after2025July(AdministrativeUnitCode.parse("01"), AdministrativeUnitCode.parse("00004")));
 * }</pre>
 *
 * @param name the person's or office's name, NFC, at most 200 characters
 * @param phone 9 to 11 digits, a leading {@code +84} written as {@code 0}
 * @param email an e-mail address, or null
 * @param address the street address (số nhà, đường, thôn), at most 500 characters
 * @param location the administrative units of the address
 */
public record Party(String name, String phone, String email, String address, Location location) {

  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.-]");
  private static final Pattern PHONE = Pattern.compile("\\d{9,11}");

  public Party {
    name = text(name, "name", 200);
    address = text(address, "address", 500);
    phone = phone(phone);
    if (email != null) {
      email = email.strip();
      if (!Text.isEmailAddress(email) || email.length() > 254) {
        throw new IllegalArgumentException("email: not an e-mail address");
      }
    }
    Objects.requireNonNull(location, "location");
  }

  private static String text(String value, String field, int max) {
    Objects.requireNonNull(value, field);
    String v = Text.nfc(value);
    if (v.isEmpty() || v.length() > max) {
      throw new IllegalArgumentException(field + ": must be 1-" + max + " characters");
    }
    return v;
  }

  private static String phone(String value) {
    Objects.requireNonNull(value, "phone");
    String digits = PHONE_SEPARATORS.matcher(value).replaceAll("");
    if (digits.startsWith("+84")) {
      digits = "0" + digits.substring(3);
    }
    if (!PHONE.matcher(digits).matches()) {
      throw new IllegalArgumentException("phone: must be 9-11 digits");
    }
    return digits;
  }

  @Override
  public String toString() {
    return "Party[name="
        + Masking.name(name)
        + ", phone=******"
        + phone.substring(phone.length() - 3)
        + ", location="
        + location
        + "]";
  }
}
