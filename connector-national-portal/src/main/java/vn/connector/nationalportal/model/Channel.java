package vn.connector.nationalportal.model;

import java.util.Objects;

/**
 * How a dossier was submitted (kênh thực hiện, {@code KenhThucHien}). Codes the SDK does not model
 * read as {@link Kind#UNKNOWN} and keep the national {@link #code()}.
 *
 * <p>The codes are modelled ({@code "1"} trực tiếp, {@code "2"} trực tuyến, {@code "3"} qua dịch vụ
 * bưu chính công ích): the contract names the field but not its values.
 *
 * <pre>{@code
 * Channel online = Channel.ONLINE;
 * Channel other = Channel.fromCode("9");   // kind() UNKNOWN, code() "9"
 * }</pre>
 *
 * @param kind what the code means
 * @param code the national code as sent
 */
public record Channel(Kind kind, String code) {

  /** What a channel code means. */
  public enum Kind {
    /** Trực tiếp: at the counter. */
    DIRECT("1"),
    /** Trực tuyến: on line, the only channel that carries the applicant's TechID. */
    ONLINE("2"),
    /** Qua dịch vụ bưu chính công ích: by public postal service. */
    POST("3"),
    /** A code the SDK does not model; see {@link Channel#code()}. */
    UNKNOWN(null);

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  public static final Channel DIRECT = new Channel(Kind.DIRECT, "1");
  public static final Channel ONLINE = new Channel(Kind.ONLINE, "2");
  public static final Channel POST = new Channel(Kind.POST, "3");

  public Channel {
    Objects.requireNonNull(kind, "channel");
    code = Text.code(code, "channel");
    if (kind != Kind.UNKNOWN && !kind.code.equals(code)) {
      throw new IllegalArgumentException("channel: " + kind + " has code " + kind.code);
    }
  }

  /** The channel with this national code; an unmodelled code gives {@link Kind#UNKNOWN}. */
  public static Channel fromCode(String code) {
    String c = Text.code(code, "channel");
    for (Kind k : Kind.values()) {
      if (c.equals(k.code)) {
        return new Channel(k, c);
      }
    }
    return new Channel(Kind.UNKNOWN, c);
  }

  /** Whether the dossier came in on line (so that it may carry a TechID). */
  public boolean isOnline() {
    return kind == Kind.ONLINE;
  }
}
