package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.WireMockFaults;

/** Answers {@code NhanDKHT} and {@code LayKetQua} for the simulated civil registry. */
final class RegistryTransformer implements ResponseDefinitionTransformerV2 {

  static final String PUSH = "/NhanDKHT";
  static final String POLL = "/LayKetQua";

  private final ObjectMapper mapper;
  private final RegistryBook book;
  private final FaultInjector faults;
  private final PushCheck check;
  private final ResultAnswer results;
  private volatile int maxBatch = 3;

  RegistryTransformer(ObjectMapper mapper, RegistryBook book, FaultInjector faults) {
    this.mapper = mapper;
    this.book = book;
    this.faults = faults;
    this.check = new PushCheck(mapper);
    this.results = new ResultAnswer(mapper);
  }

  void maxBatch(int max) {
    this.maxBatch = max;
  }

  @Override
  public String getName() {
    return "civil-registry";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    if (!RequestMethod.POST.equals(request.getMethod())) {
      return json(405, Map.of("status", "0", "errorDescription", "Chỉ hỗ trợ POST"));
    }
    ResponseDefinition normal =
        switch (path) {
          case PUSH -> push(request);
          case POLL -> poll(request);
          default -> json(404, Map.of("status", "0", "errorDescription", "Không tìm thấy"));
        };
    return faults
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  private ResponseDefinition push(Request request) {
    JsonNode body = parse(request);
    if (body == null) {
      return refusal("E00", "Dữ liệu không phải JSON");
    }
    PushCheck.Outcome outcome = check.check(body);
    if (outcome.refusal() != null) {
      return refusal("E01", outcome.refusal());
    }
    String interlinked = body.path("maHoSoLT").asText();
    Optional<String> scripted = book.takeRefusal(interlinked);
    if (scripted.isPresent()) {
      return refusal("E02", scripted.get());
    }
    boolean fresh =
        book.push(
            interlinked,
            body.path("maHoSoMCDT").asText(),
            body.path("module").asText(),
            body.path("maDonVi").asText(),
            outcome.record(),
            body.path("fileDinhKem").size());
    if (!fresh) {
      return refusal("E09", "Hồ sơ " + interlinked + " đã được tiếp nhận");
    }
    return json(
        200,
        Map.of(
            "status",
            "1",
            "statusDescription",
            "Thành công",
            "errorCode",
            "",
            "errorDescription",
            ""));
  }

  private ResponseDefinition poll(Request request) {
    JsonNode body = parse(request);
    JsonNode codes = body == null ? null : body.get("maDinhDanhHoSo");
    if (codes == null || !codes.isArray() || codes.isEmpty()) {
      return pollFailure("maDinhDanhHoSo phải là danh sách mã hồ sơ");
    }
    if (codes.size() > maxBatch) {
      return pollFailure("Tối đa " + maxBatch + " hồ sơ mỗi lần");
    }
    String province = body.path("maTinh").asText();
    String module = body.path("module").asText();
    if (!province.matches("\\d{2}") || !List.of("LTKS", "LTKT", "LTKH").contains(module)) {
      return pollFailure("maTinh hoặc module không hợp lệ");
    }
    List<String> list = new ArrayList<>();
    codes.forEach(c -> list.add(c.asText()));
    boolean lost = book.takeLostAnswer();
    ObjectNode answer = mapper.createObjectNode().put("status", 1);
    ArrayNode value = answer.putArray("value");
    for (Map.Entry<SimDossier, Step> e : book.poll(list, module, !lost)) {
      value.add(results.item(e.getKey(), e.getValue(), province));
    }
    if (lost) {
      // The registry answered; the answer never reached the portal.
      return WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    return json(200, answer);
  }

  private ResponseDefinition pollFailure(String message) {
    return json(200, mapper.createObjectNode().put("status", 0).put("message", message));
  }

  private ResponseDefinition refusal(String code, String text) {
    return json(
        200,
        Map.of(
            "status",
            "0",
            "statusDescription",
            "Thất bại",
            "errorCode",
            code,
            "errorDescription",
            text));
  }

  private JsonNode parse(Request request) {
    try {
      JsonNode node = mapper.readTree(request.getBody());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private ResponseDefinition json(int status, Object body) {
    try {
      return WireMock.aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(mapper.writeValueAsBytes(body))
          .build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
