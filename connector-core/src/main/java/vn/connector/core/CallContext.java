package vn.connector.core;

import java.util.Objects;

/**
 * Who reads personal data, for which dossier and why. Mandatory on every operation that reads
 * personal data, and copied into every audit event (never into the request log beyond the codes).
 *
 * <pre>{@code
 * CallContext context = CallContext.of("canbo.nguyenvana", "000.00.01.H22",
 *     DossierCode.parse("000.00.01.H22-241115-0001"), Purpose.PROCEDURE_HANDLING);
 * }</pre>
 *
 * <p>Every part is checked at the door: no control or invisible characters (an officer id with a
 * newline would forge audit lines), a unit code in the agency-code form. {@link #toString()} masks
 * the officer id.
 *
 * @param officerId the officer's account or code (MaCanBo)
 * @param unitCode the officer's unit (MaDonVi), an agency code such as {@code 000.00.01.H22}
 * @param dossier the dossier the call serves (MaHoSo)
 * @param purpose the legal purpose
 */
public record CallContext(String officerId, String unitCode, DossierCode dossier, Purpose purpose) {

  public CallContext {
    officerId = Identifiers.requireCode(officerId, "officerId", 100);
    unitCode = unit(unitCode);
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(purpose, "purpose");
  }

  public static CallContext of(
      String officerId, String unitCode, DossierCode dossier, Purpose purpose) {
    return new CallContext(officerId, unitCode, dossier, purpose);
  }

  /** The unit is an agency code (QĐ 20/2020/QĐ-TTg), the form the national systems log. */
  private static String unit(String unitCode) {
    try {
      return AgencyCode.parse(Identifiers.requireCode(unitCode, "unitCode", 40)).value();
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("unitCode:")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "unitCode: must be an agency code such as 000.00.01.H22 or H56.14");
    }
  }

  /**
   * Masks the officer id: it may be the officer's own CCCD number (one client sends exactly that).
   */
  @Override
  public String toString() {
    return "CallContext[officerId="
        + Masking.identifier(officerId)
        + ", unitCode="
        + unitCode
        + ", dossier="
        + dossier
        + ", purpose="
        + purpose
        + "]";
  }

  /** Throws a clear error when a personal-data operation is called without a context. */
  public static CallContext require(CallContext context) {
    return Objects.requireNonNull(
        context,
        "context: a CallContext (officer, unit, dossier, purpose) is required to read personal data");
  }
}
