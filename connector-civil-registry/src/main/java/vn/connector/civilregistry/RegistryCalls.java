package vn.connector.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import vn.connector.civilregistry.internal.CivilAnswers;
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
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.core.internal.AnswerReaders;
import vn.connector.core.internal.MalformedAnswerException;

/** The registry's two operations over the transport: build the request, send, read the answer. */
final class RegistryCalls {

  static final String SYSTEM = "civil-registry";
  static final String PUSH = "NhanDKHT";
  static final String POLL = "LayKetQua";

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
   * repeat is answered "đã được tiếp nhận" ({@link CivilAnswers#PUSH}); so the push may be resent
   * after a lost answer.
   */
  PushReceipt push(CallContext context, Registration registration) {
    PushWire.Body body = PushWire.write(registration, maxAttachmentBytes);
    Call call = Call.builder(SYSTEM, PUSH).context(context).idempotent(true).build();
    HttpRequest request =
        HttpRequest.post(pushUri)
            .header("Accept", "application/json")
            .body(body.bytes(), "application/json; charset=utf-8")
            .build();
    return transport.callForAnswer(
        call,
        request,
        CivilAnswers.PUSH,
        answer -> {
          if (!answer.alreadyDone()) {
            requireAccepted(call, answer.response());
          }
          return new PushReceipt(
              registration.dossier().interlinkedCode(),
              answer.alreadyDone(),
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
        CivilAnswers.POLL,
        response -> {
          try {
            return ResultWire.statuses(
                ResultWire.answer(response.body()), call.requestId(), clock.instant());
          } catch (MalformedAnswerException e) {
            throw new ResponseException(call, e.getMessage(), response.status(), e);
          }
        });
  }

  void close() {
    transport.close();
  }

  /** An answer the table let through without a code: it must say {@code status 1}. */
  private static void requireAccepted(Call call, HttpResponse response) {
    try {
      JsonNode root = AnswerReaders.object(response, "NhanDKHT answer");
      if (!"1".equals(WireJson.text(root, "status"))) {
        throw new MalformedAnswerException("status: missing or not 1");
      }
    } catch (MalformedAnswerException e) {
      throw new ResponseException(call, e.getMessage(), response.status(), e);
    }
  }
}
