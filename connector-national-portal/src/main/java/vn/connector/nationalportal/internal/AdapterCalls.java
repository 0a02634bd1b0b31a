package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.AnswerHandler;
import vn.connector.core.Answers;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpTransport;
import vn.connector.core.ProcedureCode;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.PromotionNotice;
import vn.connector.nationalportal.model.SyncOutcome;

/**
 * Style A: every service is {@code POST {adapter}{integrationPath}} with {@code
 * {"session","madonvi","service", …}}; the session goes in by the transport's auth ({@code
 * TokenPlacement.sessionField("session")}), renewed once on {@code -1}.
 */
public final class AdapterCalls implements PortalCalls {

  private final HttpTransport transport;
  private final URI integration;
  private final String unit;

  public AdapterCalls(HttpTransport transport, URI integration, String unit) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.integration = Objects.requireNonNull(integration, "integration");
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  @Override
  public SyncOutcome sync(Dossier dossier, boolean update) {
    if (!update && !sendDossier(dossier, false)) {
      return SyncOutcome.CREATED;
    }
    sendDossier(dossier, true);
    return SyncOutcome.UPDATED;
  }

  /** Whether the portal answered "đã tồn tại". */
  private boolean sendDossier(Dossier dossier, boolean update) {
    // A resend is harmless: a create that did land is answered "đã tồn tại" and becomes an update.
    return send(
        call("DongBoHoSoMC", null, true), dossierBody(unit, dossier, update), a -> a.alreadyDone());
  }

  /**
   * {@code DongBoHoSoMC}'s body, written field by field in {@link #envelope}'s order, the same
   * bytes as the tree it was built as (tested): the tree was a fifth of a dossier sync's CPU (issue
   * 16).
   */
  static byte[] dossierBody(String unit, Dossier dossier, boolean update) {
    return Json.bytes(
        g -> {
          g.writeStartObject();
          g.writeNullField("session");
          g.writeStringField("madonvi", unit);
          g.writeStringField("service", "DongBoHoSoMC");
          g.writeStringField("isUpdating", update ? "True" : "False");
          g.writeArrayFieldStart("data");
          DossierWire.write(dossier, g);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  @Override
  public void progress(List<ProgressEntry> entries) {
    for (List<ProgressEntry> chunk : Chunks.of(entries, PROGRESS_CHUNK)) {
      ObjectNode body = envelope("CapNhatTienDoHoSoMC");
      ArrayNode data = body.putArray("data");
      chunk.forEach(e -> data.add(ProgressWire.write(e)));
      send(call("CapNhatTienDoHoSoMC", null, false), body, a -> null);
    }
  }

  @Override
  public Optional<Dossier> find(CallContext context, DossierCode code) {
    ObjectNode body = envelope("TraCuuHoSo").put("mahoso", code.value());
    return send(
        call("TraCuuHoSo", context, true), body, a -> first(result(a)).map(DossierReader::read));
  }

  @Override
  public void notice(PromotionNotice notice) {
    ObjectNode body = envelope("DongBoTrangThaiHoSo").put("type", "2");
    body.set("data", ProgressWire.write(notice));
    send(call("DongBoTrangThaiHoSo", null, false), body, a -> null);
  }

  @Override
  public Optional<String> techId(CallContext context, String idNumber) {
    ObjectNode body = envelope("TraCuuTechID").put("provider", "wso2is").put("mstorcmnd", idNumber);
    return send(
        call("TraCuuTechID", context, true),
        body,
        a -> first(result(a)).flatMap(r -> Answers.stringOrNumber(r, "TECHNICALID")));
  }

  @Override
  public List<CatalogueItem> catalogue(String service, String codeField, String nameField) {
    return send(
        call(service, null, true),
        envelope(service),
        a -> CatalogueReader.items(result(a), codeField, nameField));
  }

  @Override
  public Optional<Procedure> procedure(ProcedureCode code) {
    ObjectNode body = envelope("LayThuTuc").put("maTTHC", code.value());
    try {
      return send(
          call("LayThuTuc", null, true),
          body,
          a -> first(result(a)).map(CatalogueReader::procedure));
    } catch (ServiceException e) {
      if (e.nationalCode().filter("4"::equals).isPresent()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    transport.close();
  }

  private ObjectNode envelope(String service) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putNull("session");
    return body.put("madonvi", unit).put("service", service);
  }

  private static Call call(String service, CallContext context, boolean idempotent) {
    return Call.builder(SYSTEM, service).context(context).idempotent(idempotent).build();
  }

  private <T> T send(Call call, ObjectNode body, AnswerHandler<T> handler) {
    return send(call, Json.write(body), handler);
  }

  private <T> T send(Call call, byte[] body, AnswerHandler<T> handler) {
    HttpRequest request =
        HttpRequest.post(integration)
            .header("Accept", "application/json")
            .body(body, "application/json; charset=utf-8")
            .build();
    return transport.callForAnswer(
        call,
        request,
        PortalAnswers.ADAPTER,
        answer -> handler.handle(PortalAnswers.requireAdapterAnswer(call, answer)));
  }

  private static JsonNode result(vn.connector.core.Answer answer) {
    return Answers.json(answer.response()).get("result");
  }

  private static Optional<JsonNode> first(JsonNode result) {
    if (result == null || result.isNull()) {
      return Optional.empty();
    }
    if (result.isArray()) {
      return result.isEmpty() ? Optional.empty() : Optional.of(result.get(0));
    }
    return Optional.of(result);
  }

  static List<JsonNode> items(JsonNode result) {
    List<JsonNode> out = new ArrayList<>();
    if (result != null && result.isArray()) {
      result.forEach(out::add);
    }
    return out;
  }
}
