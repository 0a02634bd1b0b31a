package vn.connector.civilregistry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.connector.civilregistry.internal.CivilAnswers;
import vn.connector.civilregistry.internal.DvcltWire;
import vn.connector.civilregistry.internal.StatusWire;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.core.internal.Hints;
import vn.connector.core.internal.MalformedAnswerException;

/** The interlinked service's operations over the transport. */
final class InterlinkedCalls {

  static final String SYSTEM = "dvc-lien-thong";
  static final String FETCH_PATH = "api/lienthongdvclt/hosolienthong/";

  private final HttpTransport transport;
  private final InterlinkedPaths paths;

  InterlinkedCalls(HttpTransport transport, InterlinkedPaths paths) {
    this.transport = transport;
    this.paths = paths;
  }

  List<InterlinkedSummary> list() {
    Call call = Call.builder(SYSTEM, "LayDanhSachHoSo").idempotent(true).build();
    HttpRequest request =
        HttpRequest.get(paths.list()).header("Accept", "application/json").build();
    return transport.call(call, request, r -> read(call, r, () -> DvcltWire.list(r.body())));
  }

  InterlinkedDossier fetch(CallContext context, String id) {
    Call call = Call.builder(SYSTEM, "hosolienthong").context(context).idempotent(true).build();
    URI uri = paths.base().resolve(FETCH_PATH + URLEncoder.encode(id, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.get(uri).header("Accept", "application/json").build();
    return transport.call(call, request, r -> read(call, r, () -> DvcltWire.dossier(id, r.body())));
  }

  void acknowledge(DossierCode code) {
    Call call = Call.builder(SYSTEM, "CapNhatDaNhanHoSo").idempotent(true).build();
    HttpRequest request =
        HttpRequest.method("PUT", paths.acknowledge())
            .body(DvcltWire.acknowledgement(code), "application/json; charset=utf-8")
            .build();
    transport.call(call, request, CivilAnswers.ACKNOWLEDGE, r -> null);
  }

  /**
   * Sends one status update; the answer is plain text classified by the contract's phrases ({@link
   * CivilAnswers#STATUS}). Idempotent: the service keeps one state per dossier and state, and
   * answers a repeat "thành công" or "đã trả kết quả".
   */
  void pushStatus(StatusUpdate update) {
    Call call = Call.builder(SYSTEM, "SendStatus").idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(paths.status())
            .header("Accept", "text/plain, application/json")
            .body(StatusWire.body(update), "application/json; charset=utf-8")
            .build();
    transport.call(call, request, CivilAnswers.STATUS, r -> null);
  }

  void close() {
    transport.close();
  }

  private interface Reader<T> {
    T read();
  }

  private static <T> T read(Call call, HttpResponse response, Reader<T> reader) {
    Hints.requireSuccess(call, response);
    try {
      return reader.read();
    } catch (MalformedAnswerException e) {
      throw new ResponseException(call, e.getMessage(), response.status(), e);
    }
  }
}
