package vn.connector.civilregistry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.connector.civilregistry.internal.DvcltWire;
import vn.connector.civilregistry.internal.MalformedRecordException;
import vn.connector.civilregistry.internal.Phrases;
import vn.connector.civilregistry.internal.StatusWire;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.Masking;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;

/** The interlinked service's operations over the transport. */
final class InterlinkedCalls {

  static final String SYSTEM = "dvc-lien-thong";
  static final String FETCH_PATH = "api/lienthongdvclt/hosolienthong/";

  private static final ErrorHint RETRY_LATER =
      new ErrorHint(
          "DVC liên thông chưa nhận được trạng thái; sẽ gửi lại sau.",
          "The interlinked service did not take the status yet; it will be sent again.");
  private static final ErrorHint INVALID =
      new ErrorHint(
          "DVC liên thông từ chối trạng thái vì sai logic xử lý; kiểm tra thứ tự trạng thái.",
          "The interlinked service refused the status as invalid; check the order of states.");

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
    transport.call(
        call,
        request,
        r -> {
          RegistryCalls.requireSuccess(call, r);
          String text = r.bodyAsString();
          if (!Phrases.contains(text, Phrases.ACKNOWLEDGED)) {
            throw new ServiceException(call, null, null, excerpt(text), false, null);
          }
          return null;
        });
  }

  /**
   * Sends one status update; the answer is plain text classified by the contract's phrases. Resent
   * safely: the service keeps one state per dossier and state, and answers a repeat "thành công" or
   * "đã trả kết quả".
   */
  void pushStatus(StatusUpdate update) {
    Call call = Call.builder(SYSTEM, "SendStatus").idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(paths.status())
            .header("Accept", "text/plain, application/json")
            .body(StatusWire.body(update), "application/json; charset=utf-8")
            .build();
    transport.call(
        call,
        request,
        r -> {
          String text = r.bodyAsString();
          Phrases.Meaning meaning = Phrases.statusPush(text).orElse(null);
          if (meaning == Phrases.Meaning.DONE) {
            return null;
          }
          if (meaning == Phrases.Meaning.RETRY) {
            throw new ServiceException(call, r.status(), null, excerpt(text), true, RETRY_LATER);
          }
          RegistryCalls.requireSuccess(call, r);
          throw new ServiceException(
              call, r.status(), null, excerpt(text), false, meaning == null ? null : INVALID);
        });
  }

  void close() {
    transport.close();
  }

  private static String excerpt(String text) {
    String t = Masking.identifiersIn(text.replaceAll("\\s+", " ").strip());
    return t.length() <= 200 ? t : t.substring(0, 200) + "…";
  }

  private interface Reader<T> {
    T read();
  }

  private static <T> T read(Call call, HttpResponse response, Reader<T> reader) {
    RegistryCalls.requireSuccess(call, response);
    try {
      return reader.read();
    } catch (MalformedRecordException e) {
      throw new ResponseException(call, e.getMessage(), response.status(), e);
    }
  }
}
