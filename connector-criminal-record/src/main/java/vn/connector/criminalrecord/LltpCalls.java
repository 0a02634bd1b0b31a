package vn.connector.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Optional;
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
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.internal.AnswerTable;
import vn.connector.criminalrecord.internal.LltpAnswers;
import vn.connector.criminalrecord.internal.StatusWire;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ReportOutcome;
import vn.connector.criminalrecord.model.SubmitOutcome;

/** Builds each call, sends it on the transport and reads the answer through the answer tables. */
final class LltpCalls {

  static final String SYSTEM = "criminal-record";
  private static final ErrorHint REFUSED =
      new ErrorHint(
          "Hệ thống lý lịch tư pháp từ chối hồ sơ: xem mã và nội dung lỗi.",
          "The criminal-record system refused the dossier: see the code and text.");
  private static final ErrorHint INTERRUPTED =
      new ErrorHint(
          "Yêu cầu bị gián đoạn, hệ thống sẽ gửi lại.",
          "The request was interrupted at the ministry; it will be sent again.");

  private final HttpTransport transport;
  private final URI submitUri;
  private final URI statusUri;
  private final URI reportUri;

  LltpCalls(HttpTransport transport, URI submitUri, URI statusUri, URI reportUri) {
    this.transport = transport;
    this.submitUri = submitUri;
    this.statusUri = statusUri;
    this.reportUri = reportUri;
  }

  /** Idempotent: the ministry keys dossiers by maHoSoMCDT and answers a repeat as received. */
  SubmitOutcome submit(CallContext context, ObjectNode body) {
    Call call = call("submit", context);
    return transport.call(
        call,
        post(submitUri, body),
        r -> {
          AnswerTable.Verdict v = LltpAnswers.SUBMIT.classify(r);
          return switch (v.kind()) {
            case OK -> SubmitOutcome.ACCEPTED;
            case ALREADY_DONE -> SubmitOutcome.ALREADY_RECEIVED;
            default -> throw refusal(call, r, v);
          };
        });
  }

  Optional<DossierStatus> status(CallContext context, DossierCode code, ObjectNode body) {
    Call call = call("status", context);
    return transport.call(
        call,
        post(statusUri, body),
        r -> {
          JsonNode answer = readJson(call, r);
          if (!StatusWire.ok(answer)) {
            String text = answer.path("statusDescription").asText("");
            throw new ServiceException(
                call, r.status(), answer.path("status").asText(""), masked(text), false, REFUSED);
          }
          try {
            return Optional.ofNullable(StatusWire.read(answer, code));
          } catch (IllegalArgumentException e) {
            throw new ResponseException(call, "status answer: " + e.getMessage(), r.status(), e);
          }
        });
  }

  /** The result report: only {@code 03} is transient, and a retryable exception says so. */
  ReportOutcome report(CallContext context, ObjectNode body) {
    Call call = call("reportResult", context);
    return transport.call(
        call,
        post(reportUri, body),
        r -> {
          AnswerTable.Verdict v = LltpAnswers.REPORT.classify(r);
          return switch (v.kind()) {
            case OK -> ReportOutcome.DELIVERED;
            case ALREADY_DONE -> ReportOutcome.ALREADY_IN_STATE;
            default -> throw refusal(call, r, v);
          };
        });
  }

  private static Call call(String operation, CallContext context) {
    return Call.builder(SYSTEM, operation)
        .context(CallContext.require(context))
        .idempotent(true)
        .build();
  }

  private static HttpRequest post(URI uri, ObjectNode body) {
    return HttpRequest.post(uri).body(Json.write(body), "application/json; charset=utf-8").build();
  }

  private static JsonNode readJson(Call call, HttpResponse r) {
    return LltpAnswers.json(r)
        .filter(JsonNode::isObject)
        .orElseThrow(
            () -> new ResponseException(call, "the answer is not a JSON object", r.status(), null));
  }

  private static RuntimeException refusal(Call call, HttpResponse r, AnswerTable.Verdict v) {
    if (v.kind() == AnswerTable.Kind.RETRY) {
      return new ServiceException(call, r.status(), v.code(), masked(v.text()), true, INTERRUPTED);
    }
    if (v.code() == null && !LltpAnswers.json(r).map(JsonNode::isObject).orElse(false)) {
      // Neither a success phrase nor the JSON refusal shape: the answer cannot be read.
      return new ResponseException(
          call, "the answer is neither a success phrase nor a refusal", r.status(), null);
    }
    return new ServiceException(call, r.status(), v.code(), masked(v.text()), false, REFUSED);
  }

  private static String masked(String text) {
    if (text == null) {
      return null;
    }
    String cut = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return Masking.identifiersIn(cut);
  }
}
