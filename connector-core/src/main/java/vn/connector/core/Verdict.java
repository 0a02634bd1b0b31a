package vn.connector.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What an answer of a national system means, as its {@link AnswerClassifier} reads it. The
 * transport acts on the verdict inside its retry loop, on every attempt: it hands {@link Kind#OK}
 * and {@link Kind#ALREADY_DONE} answers to the handler, tries {@link Kind#RETRY} answers again
 * under the call's {@link RetryPolicy}, renews the token or session once on {@link
 * Kind#RENEW_AUTH}, and ends the call with a {@link ServiceException} carrying the national code,
 * text and hint on {@link Kind#REFUSE}. Immutable.
 *
 * <pre>{@code
 * Verdict done = Verdict.alreadyDone("đã được tiếp nhận");   // a repeated push: success
 * Verdict later = Verdict.retry("yêu cầu bị gián đoạn");      // criminal record 03
 * Verdict no = Verdict.refuse("4", "Mã TTHC không tồn tại",
 *     new ErrorHint("Mã thủ tục không có trong CSDL TTHC.", "Unknown procedure code."));
 * }</pre>
 */
public final class Verdict {

  /** The kinds of verdict. */
  public enum Kind {
    /** The service did what was asked. */
    OK,
    /** The service had already done it (a repeat: "đã tồn tại", "đã được tiếp nhận", 101). */
    ALREADY_DONE,
    /** A transient refusal: the same call may pass when sent again. */
    RETRY,
    /** The token or session expired: renew it and send once more (DVCQG {@code error_code -1}). */
    RENEW_AUTH,
    /** A permanent refusal: sending again will not help. */
    REFUSE
  }

  private static final Verdict OK = new Verdict(Kind.OK, null, null, null, null, false);
  private static final Verdict RENEW = new Verdict(Kind.RENEW_AUTH, null, null, null, null, true);

  private final Kind kind;
  private final String reason;
  private final String code;
  private final String text;
  private final ErrorHint hint;
  private final boolean notProcessed;

  private Verdict(
      Kind kind, String reason, String code, String text, ErrorHint hint, boolean notProcessed) {
    this.kind = kind;
    this.reason = reason;
    this.code = code;
    this.text = text;
    this.hint = hint;
    this.notProcessed = notProcessed;
  }

  /** The service did what was asked. */
  public static Verdict ok() {
    return OK;
  }

  /** The service had already done it; the caller treats it as success. */
  public static Verdict alreadyDone(String why) {
    return new Verdict(Kind.ALREADY_DONE, requireText(why, "why"), null, null, null, false);
  }

  /**
   * A transient refusal that says the service did not act on the request ("yêu cầu bị gián đoạn,
   * vui lòng thử lại"): sent again under the retry policy, even when the call is not idempotent.
   */
  public static Verdict retry(String why) {
    return new Verdict(Kind.RETRY, requireText(why, "why"), null, null, null, true);
  }

  /**
   * A transient failure after which the service may have acted ("server error"): sent again only
   * when the call is {@linkplain Call#idempotent() idempotent}, otherwise the call ends with a
   * retryable {@link ServiceException}.
   */
  public static Verdict retryIfIdempotent(String why) {
    return new Verdict(Kind.RETRY, requireText(why, "why"), null, null, null, false);
  }

  /** The token or session was refused as expired: renew it and send once more. */
  public static Verdict renewAuth() {
    return RENEW;
  }

  /**
   * A permanent refusal with the national code and text, and a hint where the code is known.
   *
   * @param code the national code, or null when the system gave none (a plain-text answer)
   * @param text the national text, or null; it may hold personal data and is never put in an
   *     exception message
   * @param hint the explanation, or null
   */
  public static Verdict refuse(String code, String text, ErrorHint hint) {
    return new Verdict(Kind.REFUSE, null, code, text, hint, false);
  }

  /**
   * A permanent refusal whose code and text are those the {@link AnswerTable} read from the answer
   * it classifies; for table entries such as {@code onCode("4", Verdict.refuse(hint))}.
   */
  public static Verdict refuse(ErrorHint hint) {
    return new Verdict(Kind.REFUSE, null, null, null, hint, false);
  }

  public Kind kind() {
    return kind;
  }

  /** Why the answer was classified so (for logs and retry messages); empty for OK and REFUSE. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** The national code of a refusal or a retry (for a table's verdicts: the answer's code). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The national text of a refusal; may hold personal data: never log it unmasked. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  public Optional<ErrorHint> hint() {
    return Optional.ofNullable(hint);
  }

  /** Whether the answer proves the request was not processed (safe to resend any call). */
  public boolean provesNotProcessed() {
    return notProcessed;
  }

  /** Whether the handler sees the answer: OK or ALREADY_DONE. */
  public boolean isSuccess() {
    return kind == Kind.OK || kind == Kind.ALREADY_DONE;
  }

  /** This verdict with the code and text read from an answer, where it has none of its own. */
  Verdict withAnswer(String answerCode, String answerText) {
    if (isSuccess()
        || (code != null && text != null)
        || (answerCode == null && answerText == null)) {
      return this;
    }
    return new Verdict(
        kind,
        reason,
        code != null ? code : answerCode,
        text != null ? text : answerText,
        hint,
        notProcessed);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Verdict v
        && kind == v.kind
        && notProcessed == v.notProcessed
        && Objects.equals(reason, v.reason)
        && Objects.equals(code, v.code)
        && Objects.equals(text, v.text)
        && Objects.equals(hint, v.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reason, code, text, hint, notProcessed);
  }

  /** Kind, reason and code; the national text is left out (it may hold personal data). */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Verdict[").append(kind);
    if (reason != null) {
      b.append(", ").append(reason);
    }
    if (code != null) {
      b.append(", code ").append(code);
    }
    return b.append(']').toString();
  }
}
