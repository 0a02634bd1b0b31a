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
 * @param officerId the officer's account or code (MaCanBo)
 * @param unitCode the officer's unit (MaDonVi)
 * @param dossier the dossier the call serves (MaHoSo)
 * @param purpose the legal purpose
 */
public record CallContext(String officerId, String unitCode, DossierCode dossier, Purpose purpose) {

  public CallContext {
    officerId = Identifiers.require(officerId, "officerId");
    unitCode = Identifiers.require(unitCode, "unitCode");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(purpose, "purpose");
  }

  public static CallContext of(
      String officerId, String unitCode, DossierCode dossier, Purpose purpose) {
    return new CallContext(officerId, unitCode, dossier, purpose);
  }

  /** Throws a clear error when a personal-data operation is called without a context. */
  public static CallContext require(CallContext context) {
    return Objects.requireNonNull(
        context,
        "context: a CallContext (officer, unit, dossier, purpose) is required to read personal data");
  }
}
