package vn.connector.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.internal.CallbackDialect;
import vn.connector.payment.internal.Incoming;
import vn.connector.payment.internal.WireAmount;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

/**
 * Checks a CONFIRM the Payment Platform pushes to the portal and builds the answer to send back;
 * framework-neutral: give it the raw body bytes, write back {@link CallbackAnswer#body()}.
 *
 * <pre>{@code
 * // client built with .onPaid(paid -> dossiers.markPaid(paid.dossier()))
 * ConfirmVerifier verifier = client.confirmVerifier();
 *
 * // in a servlet (Spring: a @PostMapping taking @RequestBody byte[]; Vert.x: ctx.body().buffer().getBytes())
 * protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
 *   CallbackAnswer answer = verifier.handle(req.getInputStream().readAllBytes());
 *   resp.setStatus(200);
 *   resp.setContentType(answer.contentType());
 *   resp.getOutputStream().write(answer.body());
 * }
 * }</pre>
 *
 * <p>A CONFIRM is refused with {@code "99"} and nothing is marked paid when its MaXacThuc does not
 * match (compared in constant time), when its MaThamChieu is not an attempt this portal started, or
 * when SoTien differs from what INIT asked. A good CONFIRM is applied exactly once, however often
 * the platform repeats it and even when copies arrive at the same moment: the store records
 * (MaThamChieu, MaGiaoDich) as APPLYING with an atomic insert-if-absent before {@link
 * PaymentListener} runs, and as APPLIED once it returned. A copy arriving while the first is still
 * APPLYING is answered {@code "99"} ({@link RefusalReason#IN_PROGRESS}), because the first may yet
 * fail and the platform stops repeating on {@code "00"}; once APPLIED, a copy gets {@code "00"}
 * ({@link ConfirmOutcome.AlreadyApplied}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfirmVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(ConfirmVerifier.class);

  private final String partnerCode;
  private final CallbackDialect dialect;
  private final PaymentStore store;
  private final Clock clock;
  private final PaymentApplier applier;

  /**
   * @param partnerCode the partner code callbacks must name, or null when the dialect has none
   */
  ConfirmVerifier(
      String partnerCode,
      CallbackDialect dialect,
      PaymentStore store,
      Clock clock,
      PaymentListener listener) {
    this.partnerCode = partnerCode;
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.applier = new PaymentApplier(store, clock, listener);
  }

  /**
   * Handles one callback body; never throws (a null body aside). A failure of the store or of the
   * portal's listener is answered {@code "99"}, so the platform sends the CONFIRM again.
   */
  public CallbackAnswer handle(byte[] body) {
    Objects.requireNonNull(body, "body");
    try {
      return verify(body);
    } catch (RuntimeException e) {
      // The exception's class only: its message may quote what the portal's code held.
      LOG.error(
          "payment callback not handled ({}); answered 99, the platform will repeat it",
          e.getClass().getName());
      return refuse(null, RefusalReason.NOT_APPLIED, "the portal could not handle it");
    }
  }

  private CallbackAnswer verify(byte[] body) {
    Incoming confirm;
    try {
      confirm = dialect.read(body);
    } catch (IllegalArgumentException e) {
      return refuse(null, RefusalReason.MALFORMED, e.getMessage());
    }
    if (!confirm.checksumValid()) {
      return refuse(confirm, RefusalReason.BAD_CHECKSUM, "checksum does not match");
    }
    if (partnerCode != null && !partnerCode.equals(confirm.partnerCode())) {
      return refuse(confirm, RefusalReason.WRONG_PARTNER, "MaDoiTac is not this portal's");
    }
    Optional<PaymentAttempt> attempt = attempt(confirm.reference());
    if (attempt.isEmpty()) {
      return refuse(confirm, RefusalReason.UNKNOWN_REFERENCE, "no attempt " + confirm.reference());
    }
    if (!confirm.paid()) {
      return notPaid(confirm, attempt.get());
    }
    return paid(confirm, attempt.get());
  }

  private CallbackAnswer paid(Incoming confirm, PaymentAttempt attempt) {
    long amount;
    try {
      amount = WireAmount.read(confirm.amount(), "amount");
    } catch (IllegalArgumentException e) {
      return refuse(confirm, RefusalReason.MALFORMED, e.getMessage());
    }
    if (amount != attempt.amount().amount()) {
      return refuse(
          confirm,
          RefusalReason.AMOUNT_MISMATCH,
          "amount " + amount + " but INIT asked " + attempt.amount().amount());
    }
    Optional<Instant> paidAt = confirm.at();
    if (confirm.transactionId().isEmpty() || paidAt.isEmpty()) {
      return refuse(
          confirm, RefusalReason.MALFORMED, "transaction id or time missing or malformed");
    }
    ConfirmOutcome.Applied applied =
        new ConfirmOutcome.Applied(
            attempt.reference(),
            attempt.dossier(),
            Money.vnd(amount),
            confirm.transactionId(),
            confirm.bankCode(),
            paidAt.get());
    switch (applier.apply(applied)) {
      case APPLIED:
        return answer(true, "Thành công", confirm, applied);
      case ALREADY_APPLIED:
        return answer(
            true,
            "Đã xử lý trước đó",
            confirm,
            new ConfirmOutcome.AlreadyApplied(attempt.reference(), confirm.transactionId()));
      case IN_PROGRESS:
        // Not "00": the copy being applied may still fail, and the platform stops repeating on
        // "00".
        return refuse(
            confirm, RefusalReason.IN_PROGRESS, "the same payment is being applied right now");
      case APPLIED_NOT_RECORDED:
        return refuse(
            confirm, RefusalReason.NOT_RECORDED, "applied, but the store could not record it");
      default:
        return refuse(confirm, RefusalReason.NOT_APPLIED, "the portal could not apply the payment");
    }
  }

  private CallbackAnswer notPaid(Incoming confirm, PaymentAttempt attempt) {
    if (attempt.state() == PaymentState.PENDING) {
      store.updateState(attempt.reference(), PaymentState.FAILED);
    }
    return answer(
        true,
        "Đã nhận",
        confirm,
        new ConfirmOutcome.NotPaid(attempt.reference(), confirm.resultCode(), confirm.message()));
  }

  private Optional<PaymentAttempt> attempt(String reference) {
    try {
      return store.attempt(PaymentReference.of(reference));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private CallbackAnswer refuse(Incoming confirm, RefusalReason reason, String detail) {
    LOG.warn("payment callback refused ({}): {}", reason, detail);
    ConfirmOutcome outcome = new ConfirmOutcome.Refused(reason, detail);
    return new CallbackAnswer(
        dialect.answer(
            false,
            reason == RefusalReason.BAD_CHECKSUM,
            "Từ chối: " + reason.name(),
            confirm,
            clock.instant()),
        outcome);
  }

  private CallbackAnswer answer(boolean ok, String text, Incoming confirm, ConfirmOutcome outcome) {
    return new CallbackAnswer(dialect.answer(ok, false, text, confirm, clock.instant()), outcome);
  }

  /** Builds a verifier apart from a {@link PaymentClient}, e.g. in a separate callback service. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ConfirmVerifier}. */
  public static final class Builder {
    private String partnerCode;
    private Secret secret;
    private PayGovProfile payGov;
    private PaymentStore store;
    private Clock clock = Clock.systemUTC();
    private PaymentListener listener = PaymentListener.none();

    private Builder() {}

    /** MaDoiTac: the portal's partner code at the platform. */
    public Builder partnerCode(String partnerCode) {
      this.partnerCode = Objects.requireNonNull(partnerCode, "partnerCode");
      return this;
    }

    /** The secret shared with the platform, the key of MaXacThuc. */
    public Builder secret(Secret secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Callbacks come from this PayGov instead of the Payment Platform (no partner code, secret).
     */
    public Builder payGov(PayGovProfile profile) {
      this.payGov = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The store the {@link PaymentClient} records attempts in (shared, e.g. the same database). */
    public Builder store(PaymentStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** The clock for the answer's ThoiGianGD (default: system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Applies a good payment once (default: nothing; act on the outcome instead). */
    public Builder onPaid(PaymentListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public ConfirmVerifier build() {
      if (store == null) {
        throw new IllegalStateException("store is required");
      }
      if (payGov != null) {
        return new ConfirmVerifier(
            null, CallbackDialect.payGov(payGov.secretKey().reveal()), store, clock, listener);
      }
      if (partnerCode == null) {
        throw new IllegalStateException("partnerCode is required");
      }
      if (secret == null) {
        throw new IllegalStateException("secret is required");
      }
      return new ConfirmVerifier(
          partnerCode,
          CallbackDialect.nationalPlatform(partnerCode, secret.reveal()),
          store,
          clock,
          listener);
    }
  }
}
