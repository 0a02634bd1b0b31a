package vn.connector.core.security.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.security.EvidenceListener;
import vn.connector.core.security.EvidenceRecord;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureVerification;

/** Conversions between core's HTTP records and {@link MessageParts}, and evidence emission. */
public final class Exchanges {

  /**
   * Statuses a gateway may produce on its own (auth refusals, throttling, outages); when such an
   * answer carries no signature it is handed on unverified, because core turns it into a retry or a
   * {@code ServiceException} and none of its data reaches the caller (only a short, masked excerpt
   * of its text in the exception message). Simulators sign every other answer; the list is shared
   * with them so that both sides agree.
   */
  public static final Set<Integer> GATEWAY_STATUSES = Set.of(401, 403, 429, 502, 503, 504);

  /**
   * Added to an unsigned gateway answer handed on unverified, so that whoever quotes its text
   * (exception messages) says it is not the national system's word: nobody signed it.
   */
  public static final String UNVERIFIED_HEADER = "X-Connector-Unverified";

  private Exchanges() {}

  /** {@code response} marked as unsigned by the national side. */
  public static HttpResponse markedUnverified(HttpResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
    headers.put(UNVERIFIED_HEADER, List.of("unsigned gateway answer"));
    return new HttpResponse(response.status(), headers, response.body());
  }

  public static MessageParts parts(HttpRequest request) {
    return MessageParts.request(
        request.method(), request.uri(), join(request.headers()), request.body());
  }

  public static MessageParts parts(HttpResponse response) {
    return MessageParts.response(response.status(), join(response.headers()), response.body());
  }

  /** RFC 9110 §5.3: repeated fields combine with a comma and a space. */
  public static Map<String, String> join(Map<String, List<String>> headers) {
    Map<String, String> joined = new LinkedHashMap<>();
    headers.forEach((name, values) -> joined.put(name, String.join(", ", values)));
    return joined;
  }

  public static boolean unsignedGatewayAnswer(HttpResponse response, String signatureHeader) {
    return GATEWAY_STATUSES.contains(response.status())
        && response.header(signatureHeader).isEmpty();
  }

  /**
   * The SOAP counterpart: a gateway status whose body carries no WS-Security header. An envelope
   * that does carry one is the national side's and is verified whatever its status.
   */
  public static boolean unsignedGatewaySoapAnswer(HttpResponse response) {
    return GATEWAY_STATUSES.contains(response.status())
        && !new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)
            .contains(WSSE_NAMESPACE);
  }

  private static final String WSSE_NAMESPACE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

  public static void evidence(
      EvidenceListener listener,
      EvidenceKey key,
      Clock clock,
      Call call,
      HttpRequest sent,
      HttpResponse response,
      String requestSignature,
      SignatureVerification verification) {
    listener.onEvidence(
        new EvidenceRecord(
            call.requestId(),
            clock.instant(),
            call.system(),
            call.operation(),
            key.digest(sent.body()),
            key.digest(response.body()),
            response.status(),
            requestSignature,
            verification.signature(),
            verification));
  }
}
