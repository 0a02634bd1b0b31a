package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.connector.core.Masking;

/**
 * An identity document (giấy tờ tùy thân): CCCD, CMND, passport or another paper, as a code of the
 * ministry's document-type catalogue and the document's number.
 *
 * <pre>{@code
 * IdentityDocument cccd = IdentityDocument.of(CatalogueCode.of("1"), "001190012345",
 *     LocalDate.of(2021, 4, 1), "Cục Cảnh sát QLHC về TTXH");
 * }</pre>
 *
 * @param type document type (loại giấy tờ tùy thân)
 * @param number the number printed on it: letters and digits, 6 to 20 characters
 * @param issuedOn date of issue (ngày cấp), or null
 * @param issuedBy issuing authority (nơi cấp), or null
 */
public record IdentityDocument(
    CatalogueCode type, String number, LocalDate issuedOn, String issuedBy) {

  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]{6,20}");

  public IdentityDocument {
    Checks.required(type, "identityDocument.type");
    number = Checks.requiredText(number, "identityDocument.number", 20);
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("identityDocument.number: must be 6-20 letters or digits");
    }
    if (issuedOn != null && issuedOn.isAfter(LocalDate.now(Dates.ZONE))) {
      throw new IllegalArgumentException("identityDocument.issuedOn: lies in the future");
    }
    issuedBy = Checks.optionalText(issuedBy, "identityDocument.issuedBy", 200);
  }

  public static IdentityDocument of(
      CatalogueCode type, String number, LocalDate issuedOn, String issuedBy) {
    return new IdentityDocument(type, number, issuedOn, issuedBy);
  }

  @Override
  public String toString() {
    return "IdentityDocument[" + type + " " + Masking.identifier(number) + "]";
  }
}
