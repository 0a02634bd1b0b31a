package vn.connector.payment;

import java.time.Clock;
import java.util.Objects;
import vn.connector.core.CallContext;
import vn.connector.core.HttpTransport;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.payment.internal.CallbackDialect;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.PaymentStatus;
import vn.connector.payment.model.Receipt;
import vn.connector.payment.model.ReconciliationReport;
import vn.connector.payment.model.StartedPayment;

/**
 * Client for the Payment Platform of Cổng DVCQG (Nền tảng thanh toán, PhienBan 1.0.6): collects the
 * phí / lệ phí of a dossier. Immutable and thread-safe: build one per application and share it.
 *
 * <pre>{@code
 * PaymentStore store = PaymentStore.jdbc(dataSource);
 * PaymentClient client = PaymentClient.builder()
 *     .initUrl(URI.create("https://thanhtoan.example.gov.vn/api/init"))
 *     .queryUrl(URI.create("https://thanhtoan.example.gov.vn/api/query"))
 *     .billUrl(URI.create("https://thanhtoan.example.gov.vn/api/getbill"))
 *     .partnerCode("H22")
 *     .secret(Secret.of(System.getenv("PAYMENT_SECRET")))
 *     .store(store)
 *     .onPaid(paid -> dossiers.markPaid(paid.dossier()))   // from a CONFIRM or from reconcile()
 *     .build();
 *
 * // 1. start: records a new attempt (a fresh MaThamChieu), sends INIT, gives the pay page URL
 * StartedPayment started = client.start(context, request);
 * redirect(started.paymentUrl());
 *
 * // 2. the platform pushes CONFIRM to your callback URL: one verifier, shared by all requests
 * ConfirmVerifier verifier = client.confirmVerifier();
 *
 * // mapped to the callback URL; a Spring controller or a Vert.x handler does the same
 * public class ConfirmServlet extends HttpServlet {
 *   protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
 *     CallbackAnswer answer = verifier.handle(req.getInputStream().readAllBytes());
 *     resp.setStatus(200);
 *     resp.setContentType(answer.contentType());
 *     resp.getOutputStream().write(answer.body());   // "00" or "99", MaXacThuc echoed
 *   }
 * }
 *
 * // 3. status and receipt
 * PaymentStatus status = client.status(started.reference());
 * client.receipt(context, started.reference()).writeTo(Path.of("bien-lai.pdf"));
 *
 * // nightly: QUERY every attempt still pending; a paid one no CONFIRM applied goes to onPaid
 * ReconciliationReport report = client.reconcile();
 * }</pre>
 *
 * <p>The gateway is the national Payment Platform unless {@link
 * PaymentClientBuilder#payGov(PayGovProfile)} chooses a province's PayGov, behind the same {@code
 * start} and callback API.
 *
 * <p>Each {@link #start} is a new attempt with a new reference, recorded in the {@link
 * PaymentStore} before INIT is sent, so a CONFIRM can always be matched with what was asked. The
 * transport retries an INIT (503, reset) with the very same message, so the platform sees one
 * attempt. Bad input (fee lines that do not add up, a missing field) is refused before anything is
 * sent.
 */
public final class PaymentClient implements AutoCloseable {

  private final HttpTransport transport;
  private final PlatformCalls calls;
  private final PayGovCalls payGov;
  private final PaymentStore store;
  private final Clock clock;
  private final String partnerCode;
  private final Secret secret;
  private final PaymentListener onPaid;

  private PaymentClient(PaymentClientBuilder b) {
    this.transport = b.newTransport();
    this.store = b.store;
    this.clock = b.clockInUse();
    this.partnerCode = b.partnerCode;
    this.secret = b.secret;
    this.onPaid = b.onPaid;
    this.payGov = b.payGov == null ? null : new PayGovCalls(transport, b.payGov, b.serverIp);
    this.calls =
        b.payGov != null
            ? null
            : new PlatformCalls(
                transport,
                new PlatformCalls.Endpoints(b.initUrl, b.queryUrl, b.billUrl),
                b.partnerCode,
                b.secret,
                clock,
                b.serverIp);
  }

  public static PaymentClientBuilder builder() {
    return new PaymentClientBuilder(PaymentClient::new);
  }

  /**
   * Starts a payment: records a new attempt, sends INIT (Khởi tạo giao dịch), returns the payment
   * URL to send the payer to.
   *
   * @throws vn.connector.core.ServiceException when the platform refuses (its MaLoi kept); the
   *     attempt is then marked failed, and a new {@code start} is a new attempt
   * @throws vn.connector.core.TransportException when the platform cannot be reached; the attempt
   *     stays pending, for {@link #reconcile()} to settle
   */
  public StartedPayment start(CallContext context, PaymentRequest request) {
    CallContext.require(context);
    Objects.requireNonNull(request, "request");
    PaymentReference reference = PaymentReference.generate();
    store.saveAttempt(
        new PaymentAttempt(
            reference, request.dossier(), request.amount(), clock.instant(), PaymentState.PENDING));
    try {
      return new StartedPayment(
          reference,
          payGov != null
              ? payGov.init(context, request, reference)
              : calls.init(context, request, reference));
    } catch (ServiceException e) {
      if (e.nationalCode().isPresent()) {
        store.updateState(reference, PaymentState.FAILED);
      }
      throw e;
    }
  }

  /** Asks the platform where attempt {@code reference} stands (QUERY, Tra cứu giao dịch). */
  public PaymentStatus status(PaymentReference reference) {
    return platform("status").query(Objects.requireNonNull(reference, "reference"));
  }

  /**
   * Fetches the electronic receipt (biên lai điện tử, GET_BILL) of a paid attempt. The receipt
   * carries the payer's name and id number, hence the context.
   *
   * @throws vn.connector.core.ServiceException when the platform has no receipt (its MaLoi kept)
   */
  public Receipt receipt(CallContext context, PaymentReference reference) {
    CallContext.require(context);
    return platform("receipt").bill(context, Objects.requireNonNull(reference, "reference"));
  }

  /**
   * Đối soát: QUERYs every attempt the store holds as pending, and those failed in the last seven
   * days (a payer may pay after a failed try), and reports paid / paid but not applied / pending /
   * failed / mismatch / unknown, one entry per attempt even when the store or the platform fails
   * for some. A paid attempt no CONFIRM has applied is applied now, through the {@link
   * PaymentClientBuilder#onPaid listener} a CONFIRM would have called, exactly once: a CONFIRM
   * arriving later is answered {@code "00"} without calling it again. {@code PAID} means the
   * listener ran; when it failed the entry is {@code PAID_NOT_APPLIED}.
   *
   * @throws IllegalStateException if no {@link PaymentClientBuilder#onPaid listener} was given
   */
  public ReconciliationReport reconcile() {
    return new Reconciler(platform("reconcile"), store, clock, listener("reconcile"))
        .run(store.attemptsToReconcile(clock.instant().minus(Reconciler.FAILED_RECHECK)));
  }

  /**
   * The CONFIRM verifier sharing this client's partner code, secret, store, clock and {@link
   * PaymentClientBuilder#onPaid listener}.
   *
   * @throws IllegalStateException if no {@link PaymentClientBuilder#onPaid listener} was given
   */
  public ConfirmVerifier confirmVerifier() {
    PaymentListener applyWith = listener("confirmVerifier");
    if (payGov != null) {
      return new ConfirmVerifier(null, payGov.dialect(), store, clock, applyWith);
    }
    return new ConfirmVerifier(
        partnerCode,
        CallbackDialect.nationalPlatform(partnerCode, secret.reveal()),
        store,
        clock,
        applyWith);
  }

  private PaymentListener listener(String operation) {
    if (onPaid == null) {
      throw new IllegalStateException(
          operation + ": onPaid is required (PaymentClientBuilder.onPaid)");
    }
    return onPaid;
  }

  private PlatformCalls platform(String operation) {
    if (calls == null) {
      throw new UnsupportedOperationException(
          operation + ": PayGov offers no such call; use the Payment Platform");
    }
    return calls;
  }

  /** The store attempts are recorded in. */
  public PaymentStore store() {
    return store;
  }

  @Override
  public void close() {
    transport.close();
  }
}
