package vn.connector.testkit.payment;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;

/**
 * The Payment Platform of Cổng DVCQG (PhienBan 1.0.6) on loopback: INIT (checks MaXacThuc and the
 * fee lines, answers a URL to a simulated pay page), QUERY, GET_BILL (a small real PDF once paid),
 * and CONFIRM pushed to the portal's callback and repeated until the portal answers "00".
 *
 * <pre>{@code
 * try (PaymentPlatformSimulator sim = PaymentPlatformSimulator.start()) {
 *   sim.registerCallback(URI.create("http://127.0.0.1:8080/payment/confirm"));
 *   // point PaymentClient at sim.initUrl(), sim.queryUrl(), sim.billUrl() with
 *   // sim.partnerCode() and sim.secret(); start a payment, then:
 *   sim.pay(reference);                              // or POST /__sim/payment/pay/{reference}
 *   sim.awaitDelivery(reference, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Error codes other than {@code 00} (01 bad checksum, 02 reference reused, 03 invalid data, 04
 * not found, 05 no receipt yet) are modelled: the platform's list is not public.
 */
public final class PaymentPlatformSimulator implements Simulator {

  static final String INIT_PATH = "/payment/init";
  static final String QUERY_PATH = "/payment/query";
  static final String BILL_PATH = "/payment/bill";
  static final String PAYGOV_PATH = "/paygov/payment";
  static final String LGSP_TOKEN_PATH = "/lgsp/token";

  /** Test credentials only. */
  static final String PARTNER_CODE = "SIM-DVCQG";

  static final String SECRET = "simulator-shared-secret";

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private final FaultInjector faults = new FaultInjector();
  private final AtomicLong transactionIds = new AtomicLong(880_000_000L);
  private final PlatformApi api;
  private final ConfirmSender sender;
  private final WireMockServer server;
  private volatile URI callback;

  private PaymentPlatformSimulator(String partnerCode, String secret, int port) {
    this.api = new PlatformApi(partnerCode, secret);
    this.sender = new ConfirmSender(partnerCode, secret, PayGovApi.SECRET_KEY);
    this.server =
        new WireMockServer(
            options()
                .port(port)
                .bindAddress("127.0.0.1")
                .extensions(new PlatformTransformer(this, api)));
  }

  /** Starts a simulator on a free loopback port with the test partner code and secret. */
  public static PaymentPlatformSimulator start() {
    return start(0);
  }

  /**
   * Starts a simulator on {@code port} (0 for a free one) with the test partner code and secret.
   */
  public static PaymentPlatformSimulator start(int port) {
    PaymentPlatformSimulator sim = new PaymentPlatformSimulator(PARTNER_CODE, SECRET, port);
    sim.server.start();
    sim.server.stubFor(
        WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
    // 127.0.0.1 as every simulator prints it (WireMock's baseUrl() says localhost).
    sim.api.baseUrl = URI.create("http://127.0.0.1:" + sim.server.port());
    return sim;
  }

  @Override
  public String system() {
    return "payment";
  }

  @Override
  public URI baseUrl() {
    return api.baseUrl;
  }

  public URI initUrl() {
    return api.baseUrl.resolve(INIT_PATH);
  }

  public URI queryUrl() {
    return api.baseUrl.resolve(QUERY_PATH);
  }

  public URI billUrl() {
    return api.baseUrl.resolve(BILL_PATH);
  }

  /** The simulated PayGov payment endpoint (behind LGSP auth: bearer + lgspaccesstoken). */
  public URI payGovUrl() {
    return api.baseUrl.resolve(PAYGOV_PATH);
  }

  /** The simulated LGSP token endpoint for the lgsp-access-token scheme. */
  public URI lgspTokenUrl() {
    return api.baseUrl.resolve(LGSP_TOKEN_PATH);
  }

  /** MaDoiTac the simulator accepts. */
  public String partnerCode() {
    return api.partnerCode;
  }

  /** The shared secret of {@link #partnerCode()}: a test value, never a real one. */
  public String secret() {
    return api.secret;
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("payment.initUrl", initUrl().toString());
    info.put("payment.queryUrl", queryUrl().toString());
    info.put("payment.billUrl", billUrl().toString());
    info.put("payment.partnerCode", api.partnerCode);
    info.put("payment.secret", api.secret);
    info.putAll(PayGovApi.connectionInfo(payGovUrl(), lgspTokenUrl()));
    info.put(
        "payment.simulator.payUrl", api.baseUrl.resolve("/__sim/payment/pay/") + "{MaThamChieu}");
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** Where CONFIRM goes; without one, the INIT's {@code return_url} is used. */
  public PaymentPlatformSimulator registerCallback(URI callbackUrl) {
    this.callback = Objects.requireNonNull(callbackUrl, "callbackUrl");
    return this;
  }

  /**
   * From now on INIT, QUERY and GET_BILL need this bearer token; null accepts calls without one.
   */
  public PaymentPlatformSimulator requireBearer(String token) {
    api.bearer = token;
    return this;
  }

  /** Which INIT answer shape to give from now on. */
  public PaymentPlatformSimulator answerShape(AnswerShape shape) {
    api.shape = Objects.requireNonNull(shape, "shape");
    return this;
  }

  /** How CONFIRM is repeated while the portal does not answer "00". */
  public PaymentPlatformSimulator confirmRetries(int maxAttempts, Duration delay) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts: must be at least 1");
    }
    sender.maxAttempts(maxAttempts);
    sender.retryDelay(Objects.requireNonNull(delay, "delay"));
    return this;
  }

  /** The payer pays attempt {@code reference}: the platform marks it paid and pushes CONFIRM. */
  public void pay(String reference, ConfirmFault... confirmFaults) {
    settle(reference, SimTransaction.State.PAID, "00", confirmFaults);
  }

  /** The payer gives up or the bank declines: CONFIRM with a MaLoi other than 00. */
  public void decline(String reference) {
    settle(reference, SimTransaction.State.FAILED, "24");
  }

  private void settle(
      String reference, SimTransaction.State state, String code, ConfirmFault... confirmFaults) {
    SimTransaction tx = transaction(reference);
    EnumSet<ConfirmFault> set = EnumSet.noneOf(ConfirmFault.class);
    set.addAll(List.of(confirmFaults));
    String paidTime = LocalDateTime.now(ZONE).format(TIME);
    long paidAmount = tx.amount + (set.contains(ConfirmFault.AMOUNT_CHANGED) ? 1_000 : 0);
    tx.settle(
        state,
        "GD" + transactionIds.incrementAndGet(),
        "VCB",
        paidTime,
        paidAmount,
        set.contains(ConfirmFault.DUPLICATE) ? 2 : 1);
    URI target = callback != null ? callback : tx.returnUrl;
    if (target == null) {
      throw new IllegalStateException("callbackUrl: register one or send return_url in INIT");
    }
    sender.send(tx, target, code, set);
  }

  /** Sends a CONFIRM held back by {@link ConfirmFault#LATE}. */
  public void releaseLate(String reference) {
    Runnable late = transaction(reference).takeLate();
    if (late == null) {
      throw new IllegalStateException("reference: no late CONFIRM held for " + reference);
    }
    late.run();
  }

  /**
   * Waits until every copy of the last CONFIRM of {@code reference} was acknowledged or ran out of
   * attempts.
   *
   * @return false on timeout
   */
  public boolean awaitDelivery(String reference, Duration timeout) throws InterruptedException {
    return transaction(reference).delivered().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Every CONFIRM push for {@code reference} so far, in order. */
  public List<Delivery> deliveries(String reference) {
    return List.copyOf(transaction(reference).deliveries);
  }

  /** Every INIT body received so far (faulted ones included), oldest first, as sent. */
  public List<String> receivedInits() {
    return List.copyOf(api.receivedInits);
  }

  /** Whether the platform knows {@code reference} (an INIT for it was accepted). */
  public boolean knows(String reference) {
    return api.transactions.containsKey(reference);
  }

  private SimTransaction transaction(String reference) {
    SimTransaction tx = api.transactions.get(Objects.requireNonNull(reference, "reference"));
    if (tx == null) {
      throw new IllegalArgumentException("reference: the simulator has no attempt " + reference);
    }
    return tx;
  }

  @Override
  public void close() {
    sender.close();
    server.stop();
  }
}
