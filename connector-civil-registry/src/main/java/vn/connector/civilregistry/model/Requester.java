package vn.connector.civilregistry.model;

import java.util.regex.Pattern;
import vn.connector.core.PersonName;
import vn.connector.core.internal.Text;

/**
 * The person who files the registration (người yêu cầu).
 *
 * <pre>{@code
 * Requester requester = Requester.of(PersonName.of("Nguyễn Văn Cường"), CatalogueCode.of("CHA"),
 *     "0912345678", CatalogueCode.of("1"), Address.of("01", "001", "00001", "Số 5 ngõ 12"),
 *     IdentityDocument.of(CatalogueCode.of("1"), "001090012345", null, null));
 * }</pre>
 *
 * @param fullName họ tên
 * @param relationship quan hệ with the person registered
 * @param phone số điện thoại: 9 to 11 digits, optionally starting with {@code +84}; or null
 * @param email email, or null
 * @param residenceType loại cư trú
 * @param residence nơi cư trú
 * @param document giấy tờ tùy thân
 */
public record Requester(
    PersonName fullName,
    CatalogueCode relationship,
    String phone,
    String email,
    CatalogueCode residenceType,
    Address residence,
    IdentityDocument document) {

  private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{8,10}");

  public Requester {
    Checks.required(fullName, "requester.fullName");
    Checks.required(relationship, "requester.relationship");
    phone = Checks.optionalText(phone, "requester.phone", 15);
    if (phone != null) {
      phone = phone.replace(" ", "");
      if (!PHONE.matcher(phone).matches()) {
        throw new IllegalArgumentException(
            "requester.phone: must be a Vietnamese number such as 0912345678");
      }
    }
    email = Checks.optionalText(email, "requester.email", 254);
    if (email != null && !Text.isEmailAddress(email)) {
      throw new IllegalArgumentException("requester.email: not an e-mail address");
    }
    Checks.required(residenceType, "requester.residenceType");
    Checks.required(residence, "requester.residence");
    Checks.required(document, "requester.document");
  }

  public static Requester of(
      PersonName fullName,
      CatalogueCode relationship,
      String phone,
      CatalogueCode residenceType,
      Address residence,
      IdentityDocument document) {
    return new Requester(fullName, relationship, phone, null, residenceType, residence, document);
  }

  @Override
  public String toString() {
    return "Requester[" + fullName + ", " + relationship + "]";
  }
}
