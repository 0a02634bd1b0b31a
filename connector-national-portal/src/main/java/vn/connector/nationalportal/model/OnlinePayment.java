package vn.connector.nationalportal.model;

import java.util.Objects;

/**
 * Whether the fees were paid on line ({@code DuocThanhToanTrucTuyen}). Codes the SDK does not model
 * read as {@link Kind#UNKNOWN} and keep the national {@link #code()}.
 *
 * <p>The contract gives {@code "1"} (paid) and also shows {@code "3"} without saying what it means;
 * {@code "3"} therefore reads as {@link Kind#UNKNOWN} with its code kept, and a portal sends it
 * with {@code OnlinePayment.fromCode("3")}.
 *
 * <pre>{@code
 * OnlinePayment paid = OnlinePayment.PAID;
 * OnlinePayment other = OnlinePayment.fromCode("3");
 * }</pre>
 *
 * @param kind what the code means
 * @param code the national code as sent
 */
public record OnlinePayment(Kind kind, String code) {

  /** What a code means. */
  public enum Kind {
    /** Đã thanh toán trực tuyến: paid on line. */
    PAID("1"),
    /** A code the SDK does not model; see {@link OnlinePayment#code()}. */
    UNKNOWN(null);

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  public static final OnlinePayment PAID = new OnlinePayment(Kind.PAID, "1");

  public OnlinePayment {
    Objects.requireNonNull(kind, "onlinePayment");
    code = Text.code(code, "onlinePayment");
    if (kind != Kind.UNKNOWN && !kind.code.equals(code)) {
      throw new IllegalArgumentException("onlinePayment: " + kind + " has code " + kind.code);
    }
  }

  /** The value with this national code; an unmodelled code gives {@link Kind#UNKNOWN}. */
  public static OnlinePayment fromCode(String code) {
    String c = Text.code(code, "onlinePayment");
    for (Kind k : Kind.values()) {
      if (c.equals(k.code)) {
        return new OnlinePayment(k, c);
      }
    }
    return new OnlinePayment(Kind.UNKNOWN, c);
  }
}
