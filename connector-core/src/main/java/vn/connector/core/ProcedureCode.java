package vn.connector.core;

import java.util.regex.Pattern;

/**
 * Mã thủ tục hành chính: the national procedure code, short form {@code 1.004153} or long form
 * {@code 1.003560.000.00.00.H56}.
 */
public record ProcedureCode(String value) {

  private static final Pattern FORM =
      Pattern.compile("[0-9]\\.[0-9]{6}(\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2})?");

  public ProcedureCode {
    value = Identifiers.require(value, "procedureCode");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "procedureCode: must look like 1.004153 or 1.003560.000.00.00.H56");
    }
  }

  public static ProcedureCode parse(String value) {
    return new ProcedureCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
