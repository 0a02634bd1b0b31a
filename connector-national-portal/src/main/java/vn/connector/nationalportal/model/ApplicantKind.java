package vn.connector.nationalportal.model;

import java.util.Objects;

/**
 * Who the applicant is (loại đối tượng) ({@code LoaiDoiTuong}). Codes the SDK does not model read
 * as {@link Kind#UNKNOWN} and keep the national {@link #code()}.
 *
 * <pre>{@code
 * ApplicantKind kind = ApplicantKind.CITIZEN;
 * ApplicantKind.fromCode("2");   // ENTERPRISE
 * }</pre>
 *
 * @param kind what the code means
 * @param code the national code as sent
 */
public record ApplicantKind(Kind kind, String code) {

  /** What a code means. */
  public enum Kind {
    /** Công dân: a citizen. */
    CITIZEN("1"),
    /** Doanh nghiệp: an enterprise. */
    ENTERPRISE("2"),
    /** Cơ quan nhà nước: a state agency. */
    STATE_AGENCY("3"),
    /** Tổ chức/khác: another organisation. */
    OTHER_ORGANISATION("4"),
    /** A code the SDK does not model; see {@link ApplicantKind#code()}. */
    UNKNOWN(null);

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  public static final ApplicantKind CITIZEN = new ApplicantKind(Kind.CITIZEN, "1");
  public static final ApplicantKind ENTERPRISE = new ApplicantKind(Kind.ENTERPRISE, "2");
  public static final ApplicantKind STATE_AGENCY = new ApplicantKind(Kind.STATE_AGENCY, "3");
  public static final ApplicantKind OTHER_ORGANISATION =
      new ApplicantKind(Kind.OTHER_ORGANISATION, "4");

  public ApplicantKind {
    Objects.requireNonNull(kind, "applicant.kind");
    code = Text.code(code, "applicant.kind");
    if (kind != Kind.UNKNOWN && !kind.code.equals(code)) {
      throw new IllegalArgumentException("applicant.kind: " + kind + " has code " + kind.code);
    }
  }

  /** The value with this national code; an unmodelled code gives {@link Kind#UNKNOWN}. */
  public static ApplicantKind fromCode(String code) {
    String c = Text.code(code, "applicant.kind");
    for (Kind k : Kind.values()) {
      if (c.equals(k.code)) {
        return new ApplicantKind(k, c);
      }
    }
    return new ApplicantKind(Kind.UNKNOWN, c);
  }
}
