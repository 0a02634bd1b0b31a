package vn.connector.payment.model;

import java.util.Objects;
import vn.connector.core.Money;

/**
 * One line of phí / lệ phí on the receipt (a {@code PhiLePhi} entry).
 *
 * @param kind phí or lệ phí
 * @param code the fee code (mã phí lệ phí), such as the procedure code + {@code ".01"}
 * @param name the fee name as printed on the receipt
 * @param amount the amount of this line
 */
public record FeeLine(FeeKind kind, String code, String name, Money amount) {

  public FeeLine {
    Objects.requireNonNull(kind, "kind");
    code = Text.required(code, "fee.code");
    name = Text.required(name, "fee.name");
    Objects.requireNonNull(amount, "fee.amount");
  }
}
