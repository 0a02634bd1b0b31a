package vn.connector.nationalportal.model;

import java.util.Objects;
import vn.connector.core.ProcedureCode;

/**
 * The procedure a dossier follows, as the national catalogue names it.
 *
 * <pre>{@code
 * DossierProcedure procedure = new DossierProcedure(ProcedureCode.parse("1.004153"),
 *     "Đăng ký khai sinh", "G06-TP01", "Hộ tịch");
 * }</pre>
 *
 * @param code {@code MaTTHC}, short ({@code 1.004153}) or long ({@code 1.003560.000.00.00.H56})
 * @param name {@code TenTTHC}
 * @param fieldCode {@code MaLinhVuc}, the field of practice
 * @param fieldName {@code TenLinhVuc}
 */
public record DossierProcedure(
    ProcedureCode code, String name, String fieldCode, String fieldName) {

  public DossierProcedure {
    Objects.requireNonNull(code, "procedure.code");
    name = Text.required(name, "procedure.name", Text.LONG);
    fieldCode = Text.code(fieldCode, "procedure.fieldCode");
    fieldName = Text.required(fieldName, "procedure.fieldName", Text.SHORT);
  }
}
