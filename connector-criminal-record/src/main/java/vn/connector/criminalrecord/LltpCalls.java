package vn.connector.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Optional;
import vn.connector.core.Answer;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.ResponseException;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.JsonBodyField;
import vn.connector.criminalrecord.internal.DeclarationWire;
import vn.connector.criminalrecord.internal.LltpAnswers;
import vn.connector.criminalrecord.internal.StatusWire;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ReportOutcome;
import vn.connector.criminalrecord.model.SubmitOutcome;

/**
 * Builds each call and sends it on the transport, whose retry loop applies the system's answer
 * tables ({@link LltpAnswers}); the handlers here see only answers judged OK or already done.
 */
final class LltpCalls implements AutoCloseable {

  static final String SYSTEM = "criminal-record";
  private static final String JSON = "application/json; charset=utf-8";

  /** The field {@code Auth.bodyAuthKey} places. */
  private static final String AUTH_KEY = "authKey";

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

  /**
   * Idempotent: the ministry keys dossiers by maHoSoMCDT and answers a repeat as received. The body
   * is {@link DeclarationWire}'s, which never writes {@code authKey}: the body-auth-key placement
   * is told so, and adds the key last without reading the body through first.
   */
  SubmitOutcome submit(CallContext context, byte[] body) {
    Call call = call("submit", context);
    JsonBodyField.Known known = JsonBodyField.knownWithout(AUTH_KEY, body);
    try {
      return transport.callForAnswer(
          call,
          HttpRequest.post(submitUri).body(body, JSON).build(),
          LltpAnswers.SUBMIT,
          a -> a.alreadyDone() ? SubmitOutcome.ALREADY_RECEIVED : SubmitOutcome.ACCEPTED);
    } finally {
      known.close();
    }
  }

  Optional<DossierStatus> status(CallContext context, DossierCode code, ObjectNode body) {
    Call call = call("status", context);
    return transport.callForAnswer(
        call,
        post(statusUri, body),
        LltpAnswers.STATUS,
        a -> {
          JsonNode answer = contracted(call, a, "status", "1");
          try {
            return Optional.ofNullable(StatusWire.read(answer, code));
          } catch (IllegalArgumentException e) {
            throw new ResponseException(
                call, "status answer: " + e.getMessage(), a.response().status(), e);
          }
        });
  }

  /**
   * Reports are keyed by dossier and state at the ministry: a repeat is "already in that state".
   */
  ReportOutcome report(CallContext context, ObjectNode body) {
    Call call = call("reportResult", context);
    return transport.callForAnswer(
        call,
        post(reportUri, body),
        LltpAnswers.REPORT,
        a -> {
          if (a.alreadyDone()) {
            return ReportOutcome.ALREADY_IN_STATE;
          }
          contracted(call, a, "statusCode", "00");
          return ReportOutcome.DELIVERED;
        });
  }

  /** The JSON object of an OK answer, which must carry {@code field} = {@code ok}. */
  private static JsonNode contracted(Call call, Answer a, String field, String ok) {
    HttpResponse r = a.response();
    JsonNode answer =
        LltpAnswers.json(r)
            .filter(JsonNode::isObject)
            .orElseThrow(
                () ->
                    new ResponseException(
                        call, "the answer is not a JSON object", r.status(), null));
    if (!ok.equals(answer.path(field).asText())) {
      throw new ResponseException(call, "the answer has no " + field + " " + ok, r.status(), null);
    }
    return answer;
  }

  private static Call call(String operation, CallContext context) {
    return Call.builder(SYSTEM, operation)
        .context(CallContext.require(context))
        .idempotent(true)
        .build();
  }

  private static HttpRequest post(URI uri, ObjectNode body) {
    return HttpRequest.post(uri).body(Json.write(body), JSON).build();
  }

  @Override
  public void close() {
    transport.close();
  }
}
