package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code SoTien}: integer VND, written as a string by the contract and as a JSON number by some
 * senders of the same field, so both are read. Fractions, signs, exponents and zero are refused:
 * đồng has no subunit, and a "50000.5" on the wire is a bug upstream, not an amount to round.
 */
public final class WireAmount {

  private static final int MAX_DIGITS = 18;

  private WireAmount() {}

  /** The amount in {@code node}, or an {@link IllegalArgumentException} naming {@code field}. */
  public static long read(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    if (node.isIntegralNumber()) {
      return positive(node.canConvertToLong() ? node.longValue() : -1, field);
    }
    if (node.isNumber()) {
      throw new IllegalArgumentException(field + ": đồng has no fractions, was " + node.asText());
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException(field + ": must be a number or a string of digits");
    }
    return parse(node.textValue(), field);
  }

  /** The amount in {@code text}: digits only. */
  public static long parse(String text, String field) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.length() > MAX_DIGITS || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          field + ": must be a whole number of đồng in digits, was \"" + abbreviate(t) + "\"");
    }
    return positive(Long.parseLong(t), field);
  }

  private static long positive(long amount, String field) {
    if (amount <= 0) {
      throw new IllegalArgumentException(field + ": must be greater than zero");
    }
    return amount;
  }

  private static String abbreviate(String t) {
    return t.length() <= 24 ? t : t.substring(0, 24) + "…";
  }
}
