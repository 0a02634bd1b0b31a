package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpTransport;
import vn.connector.core.ProcedureCode;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.PromotionNotice;
import vn.connector.nationalportal.model.SyncOutcome;

/**
 * Style B: plain JSON arrays, no session envelope: {@code [HoSo]} to the create or update URL,
 * {@code [TienDo]} (chunks of 10) to the progress URL; text answers. The lookups and the catalogue
 * exist only behind the style A adapter.
 */
public final class ArrayCalls implements PortalCalls {

  private final HttpTransport transport;
  private final URI create;
  private final URI update;
  private final URI progress;

  public ArrayCalls(HttpTransport transport, URI create, URI update, URI progress) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.create = Objects.requireNonNull(create, "create");
    this.update = Objects.requireNonNull(update, "update");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  @Override
  public SyncOutcome sync(Dossier dossier, boolean known) {
    ArrayNode body = Json.mapper().createArrayNode().add(DossierWire.write(dossier));
    if (!known && !send("themMoiHoSo", create, body, true)) {
      return SyncOutcome.CREATED;
    }
    send("capNhatHoSo", update, body, true);
    return SyncOutcome.UPDATED;
  }

  @Override
  public void progress(List<ProgressEntry> entries) {
    for (List<ProgressEntry> chunk : Chunks.of(entries, PROGRESS_CHUNK)) {
      ArrayNode body = Json.mapper().createArrayNode();
      chunk.forEach(e -> body.add(ProgressWire.write(e)));
      send("capNhatTienDo", progress, body, false);
    }
  }

  /** Whether the portal answered "đã tồn tại". */
  private boolean send(String operation, URI uri, ArrayNode body, boolean idempotent) {
    Call call = Call.builder(SYSTEM, operation).idempotent(idempotent).build();
    HttpRequest request =
        HttpRequest.post(uri)
            .header("Accept", "text/plain, application/json")
            .body(Json.write(body), "application/json; charset=utf-8")
            .build();
    return transport.callForAnswer(
        call,
        request,
        PortalAnswers.PLAIN,
        a -> PortalAnswers.requirePlainAnswer(call, a).alreadyDone());
  }

  @Override
  public Optional<Dossier> find(CallContext context, DossierCode code) {
    throw adapterOnly("find (TraCuuHoSo)");
  }

  @Override
  public void notice(PromotionNotice notice) {
    throw adapterOnly("syncNotice (DongBoTrangThaiHoSo)");
  }

  @Override
  public Optional<String> techId(CallContext context, String idNumber) {
    throw adapterOnly("techId (TraCuuTechID)");
  }

  @Override
  public List<CatalogueItem> catalogue(String service, String codeField, String nameField) {
    throw adapterOnly("the procedure catalogue (" + service + ")");
  }

  @Override
  public Optional<Procedure> procedure(ProcedureCode code) {
    throw adapterOnly("the procedure catalogue (LayThuTuc)");
  }

  @Override
  public void close() {
    transport.close();
  }

  private static UnsupportedOperationException adapterOnly(String what) {
    return new UnsupportedOperationException(
        what
            + ": only the style A adapter offers it; the plain-array style B sends dossiers and"
            + " progress only");
  }
}
