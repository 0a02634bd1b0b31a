package vn.connector.payment;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import vn.connector.core.Auth;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.HttpTransport;
import vn.connector.core.Secret;

/**
 * Builds a {@link PaymentClient}; setters check their argument, {@link #build()} the whole. The
 * options every client shares (auth, timeouts, pool, TLS, retry policy, audit, clock, sleeper,
 * secured profile, evidence, {@code configure}) come from {@link ClientBuilder}; this one adds the
 * platform's URLs and credentials, the store, the {@code onPaid} listener and PayGov. Auth defaults
 * to {@link Auth#none()}: the platform checks each message's MaXacThuc; give a bearer token with
 * {@link #auth(Auth)} where a gateway asks for one.
 *
 * <p>{@link #configure(ConnectorConfig)} reads the shared {@code payment.*} keys of {@link
 * ClientBuilder} (with {@code payment.secured}) and the payment's own, each applied only when
 * present: {@code payment.initUrl}, {@code payment.queryUrl}, {@code payment.billUrl}, {@code
 * payment.partnerCode}, {@code payment.secret}, {@code payment.serverIp}.
 *
 * <pre>{@code
 * PaymentClient client = PaymentClient.builder()
 *     .configure(ConnectorConfig.fromEnvironment().orElseThrow())
 *     .onPaid(paid -> dossiers.markPaid(paid.dossier()))
 *     .build();
 * }</pre>
 */
public final class PaymentClientBuilder extends ClientBuilder<PaymentClientBuilder> {

  URI initUrl;
  URI queryUrl;
  URI billUrl;
  String partnerCode;
  Secret secret;
  PaymentStore store = PaymentStore.inMemory();
  String serverIp = "127.0.0.1";
  PayGovProfile payGov;
  PaymentListener onPaid;
  private final Function<PaymentClientBuilder, PaymentClient> factory;

  PaymentClientBuilder(Function<PaymentClientBuilder, PaymentClient> factory) {
    super(PlatformCalls.SYSTEM);
    this.factory = factory;
  }

  /** URL of INIT (khởi tạo giao dịch) as the gateway exposes it. */
  public PaymentClientBuilder initUrl(URI initUrl) {
    this.initUrl = Objects.requireNonNull(initUrl, "initUrl");
    return this;
  }

  /** URL of QUERY (tra cứu giao dịch). */
  public PaymentClientBuilder queryUrl(URI queryUrl) {
    this.queryUrl = Objects.requireNonNull(queryUrl, "queryUrl");
    return this;
  }

  /** URL of GET_BILL (lấy biên lai). */
  public PaymentClientBuilder billUrl(URI billUrl) {
    this.billUrl = Objects.requireNonNull(billUrl, "billUrl");
    return this;
  }

  /** MaDoiTac: the portal's partner code at the platform. */
  public PaymentClientBuilder partnerCode(String partnerCode) {
    Objects.requireNonNull(partnerCode, "partnerCode");
    if (partnerCode.isBlank()) {
      throw new IllegalArgumentException("partnerCode: must not be blank");
    }
    this.partnerCode = partnerCode.strip();
    return this;
  }

  /** The secret shared with the platform, the key of every MaXacThuc. */
  public PaymentClientBuilder secret(Secret secret) {
    this.secret = Objects.requireNonNull(secret, "secret");
    return this;
  }

  /**
   * Where attempts and applied CONFIRMs are kept (default: in memory, lost on restart). Use {@link
   * PaymentStore#jdbc} in production, shared with the callback's {@link ConfirmVerifier}.
   */
  public PaymentClientBuilder store(PaymentStore store) {
    this.store = Objects.requireNonNull(store, "store");
    return this;
  }

  /**
   * The {@code Ip} field of INIT (default {@code 127.0.0.1}); change it if your platform account
   * requires the portal server's public address.
   */
  public PaymentClientBuilder serverIp(String serverIp) {
    this.serverIp = Objects.requireNonNull(serverIp, "serverIp");
    return this;
  }

  /**
   * Pays through a province's PayGov instead of the national Payment Platform; the platform URLs,
   * partner code and secret are then not needed.
   */
  public PaymentClientBuilder payGov(PayGovProfile profile) {
    this.payGov = Objects.requireNonNull(profile, "profile");
    return this;
  }

  /**
   * Applies a good payment in the portal (marks the dossier paid), exactly once, whether a CONFIRM
   * ({@link PaymentClient#confirmVerifier()}) or {@link PaymentClient#reconcile()} found it; one
   * listener for both, so a payment found either way is applied by the same code. Required by those
   * two calls: a payment is answered {@code 00} only after the listener has applied it, so a crash
   * in between never loses one.
   */
  public PaymentClientBuilder onPaid(PaymentListener listener) {
    this.onPaid = Objects.requireNonNull(listener, "listener");
    return this;
  }

  @Override
  protected Auth defaultAuth() {
    return Auth.none();
  }

  @Override
  protected void configureSystem(ConnectorConfig config) {
    config.optional("payment.initUrl").ifPresent(x -> initUrl(config.uri("payment.initUrl")));
    config.optional("payment.queryUrl").ifPresent(x -> queryUrl(config.uri("payment.queryUrl")));
    config.optional("payment.billUrl").ifPresent(x -> billUrl(config.uri("payment.billUrl")));
    config.optional("payment.partnerCode").ifPresent(this::partnerCode);
    config.optional("payment.secret").ifPresent(x -> secret(config.secret("payment.secret")));
    config.optional("payment.serverIp").ifPresent(this::serverIp);
  }

  /** The clock of ThoiGianGD and of the store's timestamps (the shared {@code clock} option). */
  Clock clockInUse() {
    return clock();
  }

  /** The transport of the shared options; the client owns it and closes it. */
  HttpTransport newTransport() {
    return transport();
  }

  public PaymentClient build() {
    if (payGov != null) {
      return factory.apply(this);
    }
    if (initUrl == null) {
      throw new IllegalStateException("initUrl is required");
    }
    if (queryUrl == null) {
      throw new IllegalStateException("queryUrl is required");
    }
    if (billUrl == null) {
      throw new IllegalStateException("billUrl is required");
    }
    if (partnerCode == null) {
      throw new IllegalStateException("partnerCode is required");
    }
    if (secret == null) {
      throw new IllegalStateException("secret is required");
    }
    return factory.apply(this);
  }
}
