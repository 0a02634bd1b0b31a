package vn.connector.nationalportal.model;

import java.util.Objects;

/**
 * How the result reaches the applicant (hình thức nhận kết quả) ({@code HinhThuc}). Codes the SDK
 * does not model read as {@link Kind#UNKNOWN} and keep the national {@link #code()}.
 *
 * <pre>{@code
 * ResultDelivery delivery = ResultDelivery.BY_POST;   // code "1"
 * }</pre>
 *
 * @param kind what the code means
 * @param code the national code as sent
 */
public record ResultDelivery(Kind kind, String code) {

  /** What a code means. */
  public enum Kind {
    /** Nhận tại cơ quan: collected at the office. */
    AT_OFFICE("0"),
    /** Nhận qua bưu chính: sent by post. */
    BY_POST("1"),
    /** A code the SDK does not model; see {@link ResultDelivery#code()}. */
    UNKNOWN(null);

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  public static final ResultDelivery AT_OFFICE = new ResultDelivery(Kind.AT_OFFICE, "0");
  public static final ResultDelivery BY_POST = new ResultDelivery(Kind.BY_POST, "1");

  public ResultDelivery {
    Objects.requireNonNull(kind, "resultDelivery");
    code = Text.code(code, "resultDelivery");
    if (kind != Kind.UNKNOWN && !kind.code.equals(code)) {
      throw new IllegalArgumentException("resultDelivery: " + kind + " has code " + kind.code);
    }
  }

  /** The value with this national code; an unmodelled code gives {@link Kind#UNKNOWN}. */
  public static ResultDelivery fromCode(String code) {
    String c = Text.code(code, "resultDelivery");
    for (Kind k : Kind.values()) {
      if (c.equals(k.code)) {
        return new ResultDelivery(k, c);
      }
    }
    return new ResultDelivery(Kind.UNKNOWN, c);
  }
}
