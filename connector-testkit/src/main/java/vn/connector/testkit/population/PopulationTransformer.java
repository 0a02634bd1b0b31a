package vn.connector.testkit.population;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.WireMockFaults;

/**
 * Answers every population call from the persona book: routes by path to the profile, enforces its
 * auth, reads the request, matches, writes the answer, then lets the fault injector spoil it.
 */
final class PopulationTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "population-simulator";
  static final String DIRECT_PATH = "/c06/dancu";
  static final String LGSP_SOAP_PREFIX = "/lgsp/dancu/";
  static final String LGSP_JSON_PREFIX = "/lgsp/dancu-json/";
  static final String TOKEN_PATH = "/lgsp/token";

  private final PersonaBook book;
  private final SimulatorAuth auth;
  private final FaultInjector faults;
  private final String answerNamespace;

  PopulationTransformer(
      PersonaBook book, SimulatorAuth auth, FaultInjector faults, String answerNamespace) {
    this.book = book;
    this.auth = auth;
    this.faults = faults;
    this.answerNamespace = answerNamespace;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().split("\\?", 2)[0];
    if (path.equals(TOKEN_PATH)) {
      return token(r);
    }
    if (!"POST".equals(r.getMethod().getName())) {
      return plain(405, "Method Not Allowed");
    }
    ResponseDefinition normal = serve(r, path);
    if (normal.getStatus() == 401 || normal.getStatus() == 415) {
      // Auth and framing are checked before a queued fault is served, as the gateway does.
      return normal;
    }
    Optional<SimulatorFault> fault = faults.draw();
    if (fault.isEmpty()) {
      return normal;
    }
    byte[] body = normal.getByteBody() == null ? new byte[0] : normal.getByteBody();
    return WireMockFaults.apply(fault.get(), normal, body);
  }

  private ResponseDefinition serve(Request r, String path) {
    if (path.equals(DIRECT_PATH)) {
      String refused = auth.checkC06(r);
      if (refused != null) {
        return plain(401, "Unauthorized: " + refused);
      }
      String framing = directFraming(r);
      return framing != null ? plain(415, framing) : soap(r, true, null);
    }
    boolean json = path.startsWith(LGSP_JSON_PREFIX);
    if (!json && !path.startsWith(LGSP_SOAP_PREFIX)) {
      return plain(404, "Not Found");
    }
    String operation = path.substring(json ? LGSP_JSON_PREFIX.length() : LGSP_SOAP_PREFIX.length());
    if (!RequestReader.OPERATIONS.contains(operation)) {
      return plain(404, "Not Found");
    }
    String refused = auth.checkLgsp(r);
    if (refused != null) {
      return plain(401, "Unauthorized: " + refused);
    }
    return json ? json(r, operation) : soap(r, false, operation);
  }

  /**
   * population.md: the direct endpoint takes {@code Content-Type: application/xml; charset=utf-8}
   * and {@code SOAPAction: ""} (the two quote characters), as the .NET client seen sends them.
   */
  private static String directFraming(Request r) {
    String type = r.getHeader("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/xml")) {
      return "Unsupported Media Type: the direct endpoint takes application/xml";
    }
    if (!"\"\"".equals(r.getHeader("SOAPAction"))) {
      return "Unsupported Media Type: SOAPAction must be \"\"";
    }
    return null;
  }

  /** The answer, or fault, echoes the request's X-Road header block as an X-Road server does. */
  private ResponseDefinition soap(Request r, boolean direct, String urlOperation) {
    List<Element> xroad = XroadHeaders.read(r.getBody());
    try {
      WireQuery q = RequestReader.soap(r.getBody(), direct);
      if (urlOperation != null && !urlOperation.equals(q.operation())) {
        throw new BadRequest("Thao tác trong URL và trong SOAP Body khác nhau");
      }
      XroadHeaders.check(xroad, q, auth.xRoadClient());
      return xml(200, XroadHeaders.echo(answer(q), xroad));
    } catch (BadRequest e) {
      return xml(
          500, XroadHeaders.echo(AnswerWriter.fault("soapenv:Client", e.getMessage()), xroad));
    }
  }

  private ResponseDefinition json(Request r, String operation) {
    String body;
    try {
      body = jsonWrapper("0", answer(RequestReader.json(operation, r.getBody())));
    } catch (BadRequest e) {
      body = jsonWrapper("1", e.getMessage());
    }
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** The answer in the namespace this simulator was told to use ("" for none). */
  private String answer(WireQuery q) {
    String xml = modelledAnswer(q);
    if (answerNamespace.equals(AnswerWriter.ANSWER_NS)) {
      return xml;
    }
    String declaration = answerNamespace.isEmpty() ? "" : " xmlns=\"" + answerNamespace + "\"";
    return xml.replace(" xmlns=\"" + AnswerWriter.ANSWER_NS + "\"", declaration);
  }

  private String modelledAnswer(WireQuery q) {
    Optional<Persona> found = book.match(q);
    switch (q.operation()) {
      case "XacThucThongTinCongDan":
        return AnswerWriter.verification(
            found.isPresent(), book.idExists(q), found.map(Persona::gioiTinh).orElse(null));
      case "CungCapThongTinHoGiaDinh":
        List<Persona> members = found.map(book::household).orElse(List.of());
        return AnswerWriter.collection(members, book.head(members));
      default:
        return AnswerWriter.collection(
            found.map(List::of).orElse(List.of()),
            found.map(p -> book.head(book.household(p))).orElse(null));
    }
  }

  private ResponseDefinition token(Request r) {
    String token = "POST".equals(r.getMethod().getName()) ? auth.issueToken(r) : null;
    if (token == null) {
      return plain(401, "Unauthorized");
    }
    String body =
        "{\"access_token\":\""
            + token
            + "\",\"expires_in\":"
            + SimulatorAuth.TOKEN_LIFETIME.toSeconds()
            + ",\"token_type\":\"Bearer\"}";
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }

  private static String jsonWrapper(String code, String message) {
    return "{\"error_code\":\"" + code + "\",\"message\":" + JsonText.quote(message) + "}";
  }

  private static ResponseDefinition xml(int status, String body) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/xml; charset=utf-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static ResponseDefinition plain(int status, String text) {
    ResponseDefinitionBuilder b =
        WireMock.aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "text/plain; charset=utf-8");
    if (status == 401) {
      b.withHeader("WWW-Authenticate", "Basic realm=\"dancu\"");
    }
    return b.withBody(text).build();
  }
}
