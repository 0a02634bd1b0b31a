package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.Objects;
import vn.connector.core.Masking;

/**
 * Giấy tờ tùy thân: the identity paper the applicant shows (CCCD, passport, ...), as the province's
 * category codes it.
 *
 * @param typeCode loại giấy tờ, the category code
 * @param typeName its name (tên loại giấy tờ)
 * @param number the paper's number
 * @param issuedOn ngày cấp
 * @param issuedBy nơi cấp
 */
public record IdentityPaper(
    String typeCode, String typeName, String number, LocalDate issuedOn, String issuedBy) {

  public IdentityPaper {
    typeCode = Fields.code(typeCode, "typeCode");
    typeName = Fields.optional(typeName, "typeName");
    number = Fields.code(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    issuedBy = Fields.required(issuedBy, "issuedBy");
  }

  @Override
  public String toString() {
    return "IdentityPaper[" + typeCode + " " + Masking.identifier(number) + ", " + issuedOn + "]";
  }
}
