package vn.connector.core;

import java.math.BigDecimal;

/**
 * An amount in Vietnamese đồng: a whole, positive number of VND. Never a floating type.
 *
 * <pre>{@code
 * Money fee = Money.vnd(50_000);
 * Money parsed = Money.parse("50000");   // as the wire writes it
 * }</pre>
 *
 * @param amount the amount in đồng, greater than zero
 */
public record Money(long amount) implements Comparable<Money> {

  public Money {
    if (amount <= 0) {
      throw new IllegalArgumentException(
          "amount: must be a positive number of đồng, was " + amount);
    }
  }

  public static Money vnd(long amount) {
    return new Money(amount);
  }

  /**
   * Parses an amount as national systems write it (a string of digits, sometimes from a JSON
   * number). Refuses fractions, signs and grouping separators.
   */
  public static Money parse(String text) {
    String t = Identifiers.require(text, "amount");
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount: not a number", e);
    }
    if (d.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("amount: đồng has no fractions, was " + t);
    }
    try {
      return new Money(d.longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount: too large", e);
    }
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(amount, other.amount));
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(amount, o.amount);
  }

  /** The wire form: the digits only. */
  @Override
  public String toString() {
    return Long.toString(amount);
  }
}
