package vn.connector.testkit.business;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import vn.connector.core.EnterpriseCode;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.TokenDesk;
import vn.connector.testkit.WireMockFaults;

/**
 * Answers every request the simulator receives: token endpoint, bearer check, injected faults, then
 * the registry's operations on each gateway path. Stateful (tokens) and thread-safe.
 */
final class RegistryTransformer implements ResponseDefinitionTransformerV2 {

  static final String TOKEN_PATH = "/token";
  static final String NGSP_DETAILS = "/apiCSDLDKDN/1.0/chiTietDoanhNghiep";
  static final String NGSP_SEARCH = "/apiCSDLDKDN/1.0/timKiemDoanhNghiep";
  static final String ADAPTER = "/lgsp/adapter";
  static final String PROVINCIAL_DETAILS = "/apiDKKD/DoanhNghiep/chiTietDoanhNghiep";
  static final int MAX_PAGE_SIZE = 50;

  private final ObjectMapper mapper;
  private final EnterpriseBook book;
  private final RegistryAnswers answers;
  private final TokenDesk tokens;
  private final FaultInjector faults;

  RegistryTransformer(
      ObjectMapper mapper, EnterpriseBook book, TokenDesk tokens, FaultInjector faults) {
    this.mapper = mapper;
    this.book = book;
    this.answers = new RegistryAnswers(mapper);
    this.tokens = tokens;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return "business-registry";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    if (TOKEN_PATH.equals(path)) {
      return token(request);
    }
    if (!tokens.accepts(request.getHeader("Authorization"))) {
      return unauthorized();
    }
    ResponseDefinition normal = operation(path, request);
    return faults
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  private ResponseDefinition token(Request request) {
    TokenDesk.Answer a =
        tokens.answer(
            request.getMethod().getName(),
            request.getHeader("Authorization"),
            request.getHeader("lgspaccesstoken"),
            request.getBodyAsString());
    ResponseDefinition normal = json(a.status(), a.body());
    return tokens
        .faults()
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  private ResponseDefinition operation(String path, Request request) {
    if (!RequestMethod.GET.equals(request.getMethod())) {
      return json(405, Map.of("Message", "Phương thức không được hỗ trợ"));
    }
    switch (path) {
      case NGSP_DETAILS:
        return details(request, Gateway.NGSP);
      case PROVINCIAL_DETAILS:
        return details(request, Gateway.PROVINCIAL);
      case NGSP_SEARCH:
        return search(request);
      case ADAPTER:
        return adapter(request);
      default:
        return json(404, Map.of("message", "No matching resource found for given API Request"));
    }
  }

  private ResponseDefinition adapter(Request request) {
    if (!"1.1".equals(param(request, "version"))) {
      return badRequest("Phiên bản không được hỗ trợ");
    }
    String category = param(request, "category");
    if ("chiTietDoanhNghiep".equals(category)) {
      return details(request, Gateway.ADAPTER);
    }
    if ("timKiemDoanhNghiep".equals(category)) {
      return search(request);
    }
    return badRequest("Danh mục không được hỗ trợ");
  }

  private ResponseDefinition details(Request request, Gateway gateway) {
    String msdn = param(request, "msdn");
    if (msdn == null || !isValidCode(msdn)) {
      return badRequest("Mã số doanh nghiệp không hợp lệ");
    }
    JsonNode enterprise = book.find(msdn).orElse(null);
    switch (gateway) {
      case PROVINCIAL:
        return json(200, answers.provincial(enterprise));
      case ADAPTER:
        return json(200, answers.ngsp(enterprise));
      default:
        // NGSP answers "not found" with HTTP 404 (and a null Data); the adapter with 200.
        return json(enterprise == null ? 404 : 200, answers.ngsp(enterprise));
    }
  }

  private ResponseDefinition search(Request request) {
    String text = param(request, "ten");
    Integer page = number(param(request, "trang"));
    Integer size = number(param(request, "soBanGhi"));
    if (text == null || text.isBlank()) {
      return badRequest("Thiếu tên doanh nghiệp cần tìm");
    }
    if (page == null || page < 1 || size == null || size < 1 || size > MAX_PAGE_SIZE) {
      return badRequest("Tham số phân trang không hợp lệ");
    }
    List<JsonNode> hits = book.search(text);
    int from = (int) Math.min((long) (page - 1) * size, hits.size());
    int to = Math.min(from + size, hits.size());
    return json(200, answers.searchPage(hits.subList(from, to), hits.size()));
  }

  private ResponseDefinition unauthorized() {
    return WireMock.aResponse()
        .withStatus(401)
        .withHeader("WWW-Authenticate", "Bearer realm=\"gateway\", error=\"invalid_token\"")
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(
            write(
                Map.of(
                    "fault",
                    Map.of(
                        "code", 900901,
                        "message", "Invalid Credentials",
                        "description",
                            "Make sure you have provided the correct security credentials"))))
        .build();
  }

  private ResponseDefinition badRequest(String message) {
    return json(400, mapper.createObjectNode().putNull("Data").put("Message", message));
  }

  private ResponseDefinition json(int status, Object body) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(write(body))
        .build();
  }

  private byte[] write(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String param(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
  }

  private static Integer number(String text) {
    return text != null && text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
  }

  /** The contract's msdn: the 10 digits, or 13 digits for a branch (no dash), check digit right. */
  private static boolean isValidCode(String msdn) {
    if (!msdn.matches("\\d{10}|\\d{13}")) {
      return false;
    }
    try {
      EnterpriseCode.parse(msdn);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private enum Gateway {
    NGSP,
    ADAPTER,
    PROVINCIAL
  }
}
