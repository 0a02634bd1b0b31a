package vn.connector.civilregistry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.connector.civilregistry.internal.DvcltTokens;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.AuditListener;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Secret;
import vn.connector.core.Sleeper;
import vn.connector.core.TlsSettings;

/**
 * Client for the national interlinked service (DVC liên thông) that hands birth and death dossiers
 * of the interlinked procedure groups to the province and takes their statuses back. It is
 * framework-neutral: the portal's own scheduler calls {@link #list}, {@link #fetch}, {@link
 * #acknowledge}, and queues status updates durably with a {@link StatusOutbox}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * InterlinkedClient dvclt = InterlinkedClient.builder()
 *     .endpoint(URI.create("https://dvclt.example.gov.vn/"))
 *     .credentials("tinh-h22", Secret.of(System.getenv("DVCLT_PASSWORD")))
 *     .build();
 * for (InterlinkedSummary s : dvclt.list()) {
 *   InterlinkedDossier dossier = dvclt.fetch(context, s.id());
 *   portal.save(dossier);
 *   dvclt.acknowledge(s.dossierCode());
 * }
 * }</pre>
 *
 * <p>The token ({@code GetToken}) is fetched on first use and kept until the service answers 401;
 * then the refresh token renews it, and the credentials log in again once it has expired. A
 * dossier's payload is decoded three times (JSON, a JSON string, XML); the XML is parsed with
 * DOCTYPEs and external entities refused.
 */
public final class InterlinkedClient implements AutoCloseable {

  private final InterlinkedCalls calls;

  private InterlinkedClient(InterlinkedCalls calls) {
    this.calls = calls;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The dossiers waiting for the province (danh sách hồ sơ); no personal data. */
  public List<InterlinkedSummary> list() {
    return calls.list();
  }

  /**
   * One dossier with its registration record and files.
   *
   * @param context who takes the personal data in, for which dossier; required
   * @throws vn.connector.core.ResponseException when the payload is malformed, carries a DOCTYPE or
   *     an entity, or its record breaks a rule of the model
   */
  public InterlinkedDossier fetch(CallContext context, String id) {
    CallContext.require(context);
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > 100) {
      throw new IllegalArgumentException("id: must be 1-100 characters");
    }
    return calls.fetch(context, id.strip());
  }

  /** Tells the service the province has the dossier (đã nhận hồ sơ). Safe to repeat. */
  public void acknowledge(DossierCode dossierCode) {
    calls.acknowledge(Objects.requireNonNull(dossierCode, "dossierCode"));
  }

  /**
   * Sends one status update now, and returns when the service took it ("thành công", "đã trả kết
   * quả", or "không tồn tại").
   *
   * @throws vn.connector.core.ServiceException retryable for "chưa cập nhật trạng thái", "client
   *     received soap fault", "server error"; not retryable for "logic xử lý không hợp lệ" or an
   *     unknown answer. Prefer {@link StatusOutbox}, which resends until it is taken.
   */
  public void pushStatus(StatusUpdate update) {
    calls.pushStatus(Objects.requireNonNull(update, "update"));
  }

  @Override
  public void close() {
    calls.close();
  }

  /** Builds an {@link InterlinkedClient}. Not thread-safe; every setting validates at once. */
  public static final class Builder {
    private URI endpoint;
    private String userName;
    private Secret password;
    private String tokenPath = "GetToken";
    private String refreshPath = "RefreshToken";
    private String listPath = "LayDanhSachHoSo";
    private String acknowledgePath = "CapNhatDaNhanHoSo";
    private String statusPath = "CapNhatTrangThai";
    private final HttpTransport.Builder transport = HttpTransport.builder();

    private Builder() {}

    /** The service's base URL. Required. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Endpoints.base(endpoint, "endpoint");
      return this;
    }

    /** The province's account at the service ({@code GetToken}). Required. */
    public Builder credentials(String userName, Secret password) {
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
     * them, the status one as {@code SendStatusUrl}, from configuration. The dossier path is fixed.
     */
    public Builder paths(
        String token, String refresh, String list, String acknowledge, String status) {
      this.tokenPath = Endpoints.path(token, "token");
      this.refreshPath = Endpoints.path(refresh, "refresh");
      this.listPath = Endpoints.path(list, "list");
      this.acknowledgePath = Endpoints.path(acknowledge, "acknowledge");
      this.statusPath = Endpoints.path(status, "status");
      return this;
    }

    /** Trust anchors and client certificate; required for HTTPS. */
    public Builder tls(TlsSettings tls) {
      transport.tls(tls);
      return this;
    }

    /** Time to connect (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      transport.connectTimeout(timeout);
      return this;
    }

    /** Time to wait for an answer (default 30 s); dossiers with scans can be large. */
    public Builder responseTimeout(Duration timeout) {
      transport.responseTimeout(timeout);
      return this;
    }

    /** When calls are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      transport.retryPolicy(policy);
      return this;
    }

    /** Where audit events go (default {@link AuditListener#slf4j()}). */
    public Builder auditListener(AuditListener listener) {
      transport.auditListener(listener);
      return this;
    }

    /** The clock for token expiry and deadlines (default UTC system clock). */
    public Builder clock(Clock clock) {
      transport.clock(clock);
      return this;
    }

    /** How retries wait (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      transport.sleeper(sleeper);
      return this;
    }

    public InterlinkedClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("endpoint is required");
      }
      if (userName == null) {
        throw new IllegalStateException("credentials are required");
      }
      InterlinkedPaths paths =
          new InterlinkedPaths(
              endpoint, tokenPath, refreshPath, listPath, acknowledgePath, statusPath);
      DvcltTokens tokens =
          new DvcltTokens(paths.tokenUri(), paths.refreshUri(), userName, password);
      return new InterlinkedClient(
          new InterlinkedCalls(transport.copy().auth(tokens.auth()).build(), paths));
    }
  }
}
