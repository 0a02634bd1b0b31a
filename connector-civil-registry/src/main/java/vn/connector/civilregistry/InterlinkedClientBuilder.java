package vn.connector.civilregistry;

import java.net.URI;
import java.util.Objects;
import vn.connector.civilregistry.internal.DvcltTokens;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Secret;

/**
 * Builds an {@link InterlinkedClient}: the options every client shares and the interlinked
 * service's own (its account, its configurable paths). The auth is always the service's {@code
 * GetToken} bearer token, from {@link #credentials}. Not thread-safe.
 *
 * <pre>{@code
 * InterlinkedClient dvclt = InterlinkedClient.builder()
 *     .endpoint(URI.create("https://dvclt.example.gov.vn/"))
 *     .credentials("tinh-h22", Secret.of(System.getenv("DVCLT_PASSWORD")))
 *     .build();
 * }</pre>
 *
 * <p>Own configuration keys: {@code dvc-lien-thong.userName}, {@code dvc-lien-thong.password},
 * {@code dvc-lien-thong.statusPath} (the code seen's {@code SendStatusUrl}).
 */
public final class InterlinkedClientBuilder extends ClientBuilder<InterlinkedClientBuilder> {

  private String userName;
  private Secret password;
  private String tokenPath = "GetToken";
  private String refreshPath = "RefreshToken";
  private String listPath = "LayDanhSachHoSo";
  private String acknowledgePath = "CapNhatDaNhanHoSo";
  private String statusPath = "CapNhatTrangThai";

  InterlinkedClientBuilder() {
    super(InterlinkedCalls.SYSTEM);
  }

  /** The province's account at the service ({@code GetToken}). Required. */
  public InterlinkedClientBuilder credentials(String userName, Secret password) {
    Objects.requireNonNull(userName, "userName");
    if (userName.isBlank()) {
      throw new IllegalArgumentException("userName: must not be blank");
    }
    this.userName = userName.strip();
    this.password = Objects.requireNonNull(password, "password");
    return this;
  }

  /**
   * The configurable paths (defaults {@code GetToken}, {@code RefreshToken}, {@code
   * LayDanhSachHoSo}, {@code CapNhatDaNhanHoSo}, {@code CapNhatTrangThai}); the code seen reads
   * them, the status one as {@code SendStatusUrl}, from configuration. The dossier path ({@code
   * api/lienthongdvclt/hosolienthong/{id}}) is the contract's literal.
   */
  public InterlinkedClientBuilder paths(
      String token, String refresh, String list, String acknowledge, String status) {
    this.tokenPath = Endpoints.path(token, "token");
    this.refreshPath = Endpoints.path(refresh, "refresh");
    this.listPath = Endpoints.path(list, "list");
    this.acknowledgePath = Endpoints.path(acknowledge, "acknowledge");
    this.statusPath = Endpoints.path(status, "status");
    return this;
  }

  @Override
  protected void configureSystem(ConnectorConfig config) {
    String s = system();
    config.optional(s + ".userName").ifPresent(u -> credentials(u, config.secret(s + ".password")));
    config
        .optional(s + ".statusPath")
        .ifPresent(p -> this.statusPath = Endpoints.path(p, "status"));
  }

  /**
   * @throws IllegalStateException when the endpoint or the credentials are missing
   */
  public InterlinkedClient build() {
    URI base = Endpoints.base(endpoint(), "endpoint");
    if (userName == null) {
      throw new IllegalStateException("credentials are required");
    }
    InterlinkedPaths paths =
        new InterlinkedPaths(base, tokenPath, refreshPath, listPath, acknowledgePath, statusPath);
    auth(new DvcltTokens(paths.tokenUri(), paths.refreshUri(), userName, password).auth());
    return new InterlinkedClient(new InterlinkedCalls(transport(), paths));
  }
}
