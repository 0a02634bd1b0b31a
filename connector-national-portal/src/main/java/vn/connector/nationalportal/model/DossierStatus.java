package vn.connector.nationalportal.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The national list of dossier states ({@code TrangThaiHoSo}, {@code TrangThai}), and the moves
 * between them that the SDK lets through.
 *
 * <p>The list is closed: a code outside 1-10 is refused, never guessed. The allowed moves are a
 * modelled reading of the list (the contract gives the states, not the graph), kept in {@link
 * #next()} and written out in docs/connectors/national-portal.md. Staying in the same state is
 * always allowed: a dossier is synced again when other fields change.
 *
 * <pre>{@code
 * DossierStatus status = DossierStatus.fromCode("4");          // IN_PROGRESS
 * boolean ok = status.canMoveTo(DossierStatus.PROCESSED);      // true
 * }</pre>
 */
public enum DossierStatus {
  /** 1 mới đăng ký: submitted, not yet received. */
  NEW("1"),
  /** 2 được tiếp nhận: received. */
  RECEIVED("2"),
  /** 3 không được tiếp nhận: refused at reception. */
  NOT_RECEIVED("3"),
  /** 4 đang xử lý: being processed. */
  IN_PROGRESS("4"),
  /** 5 yêu cầu bổ sung: the applicant is asked for more documents. */
  SUPPLEMENT_REQUESTED("5"),
  /** 6 yêu cầu thực hiện nghĩa vụ tài chính: the applicant is asked to pay. */
  FINANCIAL_OBLIGATION_REQUESTED("6"),
  /** 7 công dân yêu cầu rút: the applicant asked to withdraw. */
  WITHDRAWAL_REQUESTED("7"),
  /** 8 dừng xử lý: processing stopped. */
  STOPPED("8"),
  /** 9 đã xử lý xong: processed. */
  PROCESSED("9"),
  /** 10 đã trả kết quả: result returned. */
  RESULT_RETURNED("10");

  private final String code;

  DossierStatus(String code) {
    this.code = code;
  }

  /** The national code, {@code "1"} to {@code "10"}. */
  public String code() {
    return code;
  }

  /**
   * The state with this national code.
   *
   * @throws IllegalArgumentException when the code is not on the national list
   */
  public static DossierStatus fromCode(String code) {
    String c = code == null ? "" : code.strip();
    for (DossierStatus s : values()) {
      if (s.code.equals(c)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "status: must be a national state 1-10 (TrangThaiHoSo), was '" + c + "'");
  }

  /** The states a dossier may move to from this one, itself included. */
  public Set<DossierStatus> next() {
    EnumSet<DossierStatus> to =
        switch (this) {
          case NEW -> EnumSet.of(RECEIVED, NOT_RECEIVED, WITHDRAWAL_REQUESTED);
          case RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED ->
              EnumSet.of(
                  RECEIVED,
                  IN_PROGRESS,
                  SUPPLEMENT_REQUESTED,
                  FINANCIAL_OBLIGATION_REQUESTED,
                  WITHDRAWAL_REQUESTED,
                  STOPPED,
                  PROCESSED);
          case WITHDRAWAL_REQUESTED -> EnumSet.of(IN_PROGRESS, STOPPED);
          case STOPPED, PROCESSED -> EnumSet.of(RESULT_RETURNED);
          case NOT_RECEIVED, RESULT_RETURNED -> EnumSet.noneOf(DossierStatus.class);
        };
    to.add(this);
    return Set.copyOf(to);
  }

  /** Whether a dossier in this state may be synced next in {@code to}. */
  public boolean canMoveTo(DossierStatus to) {
    return next().contains(to);
  }

  /** Whether no further state follows (3 and 10). */
  public boolean isFinal() {
    return next().size() == 1;
  }
}
