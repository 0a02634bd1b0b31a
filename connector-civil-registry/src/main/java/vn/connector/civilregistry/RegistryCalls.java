package vn.connector.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import vn.connector.civilregistry.internal.MalformedRecordException;
import vn.connector.civilregistry.internal.PushAnswer;
import vn.connector.civilregistry.internal.PushWire;
import vn.connector.civilregistry.internal.ResultWire;
import vn.connector.civilregistry.internal.WireJson;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.Hints;

/** The registry's two operations over the transport: build the request, send, read the answer. */
final class RegistryCalls {

  static final String SYSTEM = "civil-registry";
  static final String PUSH = "NhanDKHT";
  static final String POLL = "LayKetQua";

  private static final ErrorHint REFUSED =
      new ErrorHint(
          "Hệ thống hộ tịch từ chối hồ sơ; xem mã và nội dung lỗi của Bộ Tư pháp.",
          "The civil registry refused the dossier; see the ministry's code and text.");

  private final HttpTransport transport;
  private final URI pushUri;
  private final URI pollUri;
  private final Clock clock;
  private final long maxAttachmentBytes;

  RegistryCalls(
      HttpTransport transport, URI pushUri, URI pollUri, Clock clock, long maxAttachmentBytes) {
    this.transport = transport;
    this.pushUri = pushUri;
    this.pollUri = pollUri;
    this.clock = clock;
    this.maxAttachmentBytes = maxAttachmentBytes;
  }

  /**
   * Idempotent on the registry's side: the same {@code maHoSoLT} twice is one dossier, and the
   * repeat is answered "đã được tiếp nhận"; so the push may be resent after a lost answer.
   */
  PushReceipt push(CallContext context, Registration registration) {
    PushWire.Body body = PushWire.write(registration, maxAttachmentBytes);
    Call call = Call.builder(SYSTEM, PUSH).context(context).idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(pushUri)
            .header("Accept", "application/json")
            .body(body.bytes(), "application/json; charset=utf-8")
            .build();
    return transport.call(
        call,
        request,
        response -> {
          requireSuccess(call, response);
          PushAnswer answer = read(call, response, () -> PushAnswer.read(response.body()));
          if (answer.outcome() == PushAnswer.Outcome.REFUSED) {
            throw new ServiceException(call, null, answer.code(), answer.text(), false, REFUSED);
          }
          return new PushReceipt(
              registration.dossier().interlinkedCode(),
              answer.outcome() == PushAnswer.Outcome.ALREADY_RECEIVED,
              body.attachmentsSent(),
              call.requestId());
        });
  }

  List<RegistrationStatus> poll(
      CallContext context,
      RegistrationKind kind,
      AdministrativeUnitCode province,
      List<DossierCode> codes) {
    Call call = Call.builder(SYSTEM, POLL).context(context).idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(pollUri)
            .header("Accept", "application/json")
            .body(ResultWire.request(kind, province, codes), "application/json; charset=utf-8")
            .build();
    return transport.call(
        call,
        request,
        response -> {
          requireSuccess(call, response);
          return read(
              call,
              response,
              () -> {
                JsonNode root = ResultWire.answer(response.body());
                if (!ResultWire.succeeded(root)) {
                  throw new ServiceException(
                      call,
                      null,
                      WireJson.text(root, "status"),
                      WireJson.text(root, "message"),
                      true,
                      null);
                }
                return ResultWire.statuses(root, call.requestId(), clock.instant());
              });
        });
  }

  void close() {
    transport.close();
  }

  private interface Reader<T> {
    T read();
  }

  private static <T> T read(Call call, HttpResponse response, Reader<T> reader) {
    try {
      return reader.read();
    } catch (MalformedRecordException e) {
      throw new ResponseException(call, e.getMessage(), response.status(), e);
    }
  }

  static void requireSuccess(Call call, HttpResponse response) {
    if (!response.isSuccess()) {
      throw new ServiceException(
          call,
          response.status(),
          null,
          Hints.excerpt(response),
          response.status() >= 500,
          Hints.forStatus(response.status()));
    }
  }
}
