package vn.connector.postal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import vn.connector.core.AuditListener;
import vn.connector.core.Auth;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Sleeper;
import vn.connector.core.TlsSettings;
import vn.connector.postal.internal.PostalWire;
import vn.connector.postal.internal.UnitResolver;

/**
 * Builds a {@link PostalClient}. Not thread-safe; every setting validates at once. TODO(core):
 * extend core's ClientBuilder when the toolkit lands, keeping only profile, customer code, pool and
 * page size here.
 */
public final class PostalClientBuilder {

  private URI endpoint;
  private PostalProfile profile = PostalProfile.VNPOST_API;
  private Auth auth;
  private String customerCode;
  private WaybillPool pool;
  private int pageSize = 50;
  private final HttpTransport.Builder transport = HttpTransport.builder();
  private AuditListener auditListener = AuditListener.slf4j();
  private Clock clock = Clock.systemUTC();

  PostalClientBuilder() {}

  /**
   * VNPost's API base for {@link PostalProfile#VNPOST_API} (operations are appended as path
   * segments), or the LGSP's one URL for {@link PostalProfile#LGSP}. Required.
   */
  public PostalClientBuilder endpoint(URI endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint: must be an absolute http(s) URL, was " + endpoint);
    }
    this.endpoint = endpoint;
    return this;
  }

  /** Which access path (default {@link PostalProfile#VNPOST_API}). */
  public PostalClientBuilder profile(PostalProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    return this;
  }

  /**
   * How calls authenticate; required: {@link VnPostAuth} on the VNPost API, {@code
   * Auth.oauth2ClientCredentials} on the LGSP.
   */
  public PostalClientBuilder auth(Auth auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
    return this;
  }

  /** The portal's VNPost customer code ({@code CustomerCode}); required. */
  public PostalClientBuilder customerCode(String customerCode) {
    Objects.requireNonNull(customerCode, "customerCode");
    if (!customerCode.strip().matches("[A-Za-z0-9_.-]{1,50}")) {
      throw new IllegalArgumentException("customerCode: must be 1-50 letters, digits, _ . -");
    }
    this.customerCode = customerCode.strip();
    return this;
  }

  /**
   * The pool {@link PostalClient#send(vn.connector.core.CallContext,
   * vn.connector.postal.model.PostalOrder)} draws waybill numbers from.
   */
  public PostalClientBuilder waybillPool(WaybillPool pool) {
    this.pool = Objects.requireNonNull(pool, "pool");
    return this;
  }

  /** Events per tracking page (default 50, as VNPost's own client asks); 1-500. */
  public PostalClientBuilder trackingPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > 500) {
      throw new IllegalArgumentException("trackingPageSize: must be 1-500, was " + pageSize);
    }
    this.pageSize = pageSize;
    return this;
  }

  /** Trust anchors and client certificate; without it only plain HTTP works. */
  public PostalClientBuilder tls(TlsSettings tls) {
    transport.tls(tls);
    return this;
  }

  /** Time to connect (default 5 s). */
  public PostalClientBuilder connectTimeout(Duration timeout) {
    transport.connectTimeout(timeout);
    return this;
  }

  /** Time to wait for an answer (default 30 s). */
  public PostalClientBuilder responseTimeout(Duration timeout) {
    transport.responseTimeout(timeout);
    return this;
  }

  /** When calls are retried (default {@link RetryPolicy#defaults()}); orders are safe to resend. */
  public PostalClientBuilder retryPolicy(RetryPolicy policy) {
    transport.retryPolicy(policy);
    return this;
  }

  /** Where audit events go (default {@link AuditListener#slf4j()}). */
  public PostalClientBuilder auditListener(AuditListener listener) {
    this.auditListener = Objects.requireNonNull(listener, "auditListener");
    return this;
  }

  /** The clock of token expiry and deadlines (default UTC system clock). */
  public PostalClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How retries wait (default {@link Sleeper#system()}); tests inject one that does not wait. */
  public PostalClientBuilder sleeper(Sleeper sleeper) {
    transport.sleeper(sleeper);
    return this;
  }

  public PostalClient build() {
    if (endpoint == null) {
      throw new IllegalStateException("endpoint is required");
    }
    if (auth == null) {
      throw new IllegalStateException("auth is required (VnPostAuth, or oauth2 for the LGSP)");
    }
    if (customerCode == null) {
      throw new IllegalStateException("customerCode is required");
    }
    HttpTransport http =
        transport.copy().auth(auth).auditListener(auditListener).clock(clock).build();
    PostalCalls calls = new PostalCalls(http, new PostalWire(profile, endpoint, customerCode));
    return new PostalClient(calls, UnitResolver.shipped(), pool, pageSize);
  }
}
