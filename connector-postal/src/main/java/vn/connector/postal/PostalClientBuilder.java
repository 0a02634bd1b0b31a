package vn.connector.postal;

import java.util.Locale;
import java.util.Objects;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.postal.internal.PostalWire;
import vn.connector.postal.internal.UnitResolver;

/**
 * Builds a {@link PostalClient}: core's shared options ({@link ClientBuilder}: endpoint, auth,
 * timeouts, TLS, retries, audit, clock, sleeper, {@code postal.*} configuration keys) plus the
 * access path, the customer code, the waybill pool and the tracking page size. Not thread-safe.
 *
 * <p>Auth: {@code Auth.tokenTypeHeader} ({@code Authorization: <token_type> <token>}, VNPost's SDK)
 * or {@code Auth.accessTokenHeader} ({@code access_token: <token>}) on the VNPost API; {@code
 * Auth.oauth2ClientCredentials} (bearer) on the LGSP. Keys read by {@link #configure} beside the
 * shared ones: {@code postal.profile} ({@code VNPOST_API} or {@code LGSP}), {@code
 * postal.customerCode}, {@code postal.trackingPageSize}.
 */
public final class PostalClientBuilder extends ClientBuilder<PostalClientBuilder> {

  private PostalProfile profile = PostalProfile.VNPOST_API;
  private String customerCode;
  private WaybillPool pool;
  private int pageSize = 50;

  PostalClientBuilder() {
    super(PostalCalls.SYSTEM);
  }

  /** Which access path (default {@link PostalProfile#VNPOST_API}). */
  public PostalClientBuilder profile(PostalProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
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

  /** The pool that {@code PostalClient.send(context, order)} draws waybill numbers from. */
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

  @Override
  protected void configureSystem(ConnectorConfig config) {
    config
        .optional("postal.profile")
        .ifPresent(p -> profile(PostalProfile.valueOf(p.strip().toUpperCase(Locale.ROOT))));
    config.optional("postal.customerCode").ifPresent(this::customerCode);
    trackingPageSize(config.integer("postal.trackingPageSize", pageSize));
  }

  public PostalClient build() {
    if (customerCode == null) {
      throw new IllegalStateException("customerCode is required");
    }
    PostalCalls calls =
        new PostalCalls(transport(), new PostalWire(profile, endpoint(), customerCode));
    return new PostalClient(calls, UnitResolver.shipped(), pool, pageSize);
  }
}
