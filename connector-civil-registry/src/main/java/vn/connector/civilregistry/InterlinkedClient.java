package vn.connector.civilregistry;

import java.util.List;
import java.util.Objects;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;

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

  InterlinkedClient(InterlinkedCalls calls) {
    this.calls = calls;
  }

  public static InterlinkedClientBuilder builder() {
    return new InterlinkedClientBuilder();
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
}
