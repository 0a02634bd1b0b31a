package vn.connector.core;

/**
 * Mã số doanh nghiệp (also the tax code, MST): 10 digits, the 10th a check digit {@code 10 − (Σ
 * dᵢ·wᵢ mod 11)} with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 (a result of 10 is invalid); a branch
 * or dependent unit adds {@code -} and 3 digits ({@code 0100109106-001}).
 *
 * <pre>{@code
 * EnterpriseCode code = EnterpriseCode.parse("0100109106-001");
 * code.isBranch();     // true
 * code.headOffice();   // 0100109106
 * }</pre>
 */
public record EnterpriseCode(String value) {

  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  public EnterpriseCode {
    value = Identifiers.require(value, "enterpriseCode");
    String base = value;
    if (value.length() == 14 && value.charAt(10) == '-') {
      base = value.substring(0, 10);
      if (!Identifiers.allDigits(value.substring(11))) {
        throw new IllegalArgumentException("enterpriseCode: branch suffix must be 3 digits");
      }
    } else if (value.length() == 13 && Identifiers.allDigits(value)) {
      // Some systems write the branch form without the dash; keep one canonical form.
      value = value.substring(0, 10) + "-" + value.substring(10);
      base = value.substring(0, 10);
    }
    if (value.length() == 14 && value.endsWith("-000")) {
      // Branch numbers start at 001; 000 would name the head office under a branch form.
      throw new IllegalArgumentException("enterpriseCode: branch suffix must be 001-999");
    }
    if (base.length() != 10 || !Identifiers.allDigits(base)) {
      throw new IllegalArgumentException(
          "enterpriseCode: must be 10 digits, or 10 digits + '-' + 3 digits for a branch");
    }
    int expected = checkDigit(base);
    if (expected != base.charAt(9) - '0') {
      throw new IllegalArgumentException(
          "enterpriseCode: check digit does not match (the 10th digit)");
    }
  }

  public static EnterpriseCode parse(String value) {
    return new EnterpriseCode(value);
  }

  /** The check digit the first nine digits call for, or -1 where no digit is valid. */
  static int checkDigit(String base) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (base.charAt(i) - '0') * WEIGHTS[i];
    }
    int digit = 10 - (sum % 11);
    return digit == 10 ? -1 : digit;
  }

  /** Whether this is the code of a branch or dependent unit. */
  public boolean isBranch() {
    return value.length() == 14;
  }

  /** The 10-digit code of the enterprise itself (this code, for a head office). */
  public EnterpriseCode headOffice() {
    return isBranch() ? new EnterpriseCode(value.substring(0, 10)) : this;
  }

  /** The 13 digits without the dash, as some systems expect. */
  public String digits() {
    return value.replace("-", "");
  }

  @Override
  public String toString() {
    return value;
  }
}
