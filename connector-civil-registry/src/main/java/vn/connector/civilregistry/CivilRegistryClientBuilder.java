package vn.connector.civilregistry;

import vn.connector.core.Auth;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;

/**
 * Builds a {@link CivilRegistryClient}: the options every client shares (endpoint, auth, timeouts,
 * TLS, retry, audit, clock, secured profile, {@code configure}) and the registry's own. Not
 * thread-safe; every setting validates at once.
 *
 * <pre>{@code
 * CivilRegistryClient registry = CivilRegistryClient.builder()
 *     .configure(ConnectorConfig.fromEnvironment().orElseThrow())   // civil-registry.* keys
 *     .batchSize(3)
 *     .build();
 * }</pre>
 *
 * <p>Own configuration keys: {@code civil-registry.pushPath}, {@code civil-registry.pollPath},
 * {@code civil-registry.batchSize}, {@code civil-registry.maxAttachmentBytes}.
 */
public final class CivilRegistryClientBuilder extends ClientBuilder<CivilRegistryClientBuilder> {

  private String pushPath = "NhanDKHT";
  private String pollPath = "LayKetQua";
  private int batchSize = CivilRegistryClient.DEFAULT_BATCH_SIZE;
  private long maxAttachmentBytes = 20L * 1024 * 1024;

  CivilRegistryClientBuilder() {
    super(RegistryCalls.SYSTEM);
  }

  /**
   * The paths of the push and the poll under the endpoint (default {@code NhanDKHT} and {@code
   * LayKetQua}). The portals seen configure them; change them to your gateway's.
   */
  public CivilRegistryClientBuilder paths(String push, String poll) {
    this.pushPath = Endpoints.path(push, "push");
    this.pollPath = Endpoints.path(poll, "poll");
    return this;
  }

  /**
   * Dossiers per result poll (default 3, as the portal seen asks; the registry's limit is not
   * published). Raise it only if your registry accepts more.
   */
  public CivilRegistryClientBuilder batchSize(int batchSize) {
    if (batchSize < 1 || batchSize > 100) {
      throw new IllegalArgumentException("batchSize: must be 1-100, was " + batchSize);
    }
    this.batchSize = batchSize;
    return this;
  }

  /**
   * The largest attachment sent (default 20 MiB); a larger one fails the push before it is sent.
   * Lower it to your gateway's body limit.
   */
  public CivilRegistryClientBuilder maxAttachmentBytes(long max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxAttachmentBytes: must be positive, was " + max);
    }
    this.maxAttachmentBytes = max;
    return this;
  }

  /** The ministry's endpoint sits on the dedicated network and takes no auth header. */
  @Override
  protected Auth defaultAuth() {
    return Auth.none();
  }

  @Override
  protected void configureSystem(ConnectorConfig config) {
    String s = system();
    config.optional(s + ".pushPath").ifPresent(p -> paths(p, pollPath));
    config.optional(s + ".pollPath").ifPresent(p -> paths(pushPath, p));
    batchSize(config.integer(s + ".batchSize", batchSize));
    config
        .optional(s + ".maxAttachmentBytes")
        .ifPresent(v -> maxAttachmentBytes(Long.parseLong(v)));
  }

  /**
   * @throws IllegalStateException when the endpoint is missing
   */
  public CivilRegistryClient build() {
    java.net.URI base = Endpoints.base(endpoint(), "endpoint");
    RegistryCalls calls =
        new RegistryCalls(
            transport(),
            base.resolve(pushPath),
            base.resolve(pollPath),
            clock(),
            maxAttachmentBytes);
    return new CivilRegistryClient(calls, batchSize);
  }
}
