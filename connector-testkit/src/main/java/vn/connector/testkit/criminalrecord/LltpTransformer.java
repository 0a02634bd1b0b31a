package vn.connector.testkit.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.WireMockFaults;

/**
 * Answers every request of the simulated LLTP system: authKey check, injected faults, then submit,
 * status and the result report. Stateful and thread-safe.
 */
final class LltpTransformer implements ResponseDefinitionTransformerV2 {

  static final String SUBMIT = "/v2/lyLichTuPhap/nhanHoSoLLTP";
  static final String STATUS = "/v2/lyLichTuPhap/traCuuTrangThaiHoSoLLTP";
  static final String REPORT = "/v2/lyLichTuPhap/traKetQuaHoSoLLTP";
  private static final byte[] HTML =
      "<html>Phiếu lý lịch tư pháp</html>".getBytes(StandardCharsets.UTF_8);
  static final String INTERRUPTED = "Yêu cầu bị gián đoạn. Vui lòng thử lại.";

  private final ObjectMapper mapper = new ObjectMapper();
  private final LltpBook book;
  private final FaultInjector faults;
  private final String authKey;
  private final String province;
  private final ReportDesk reports;
  final AtomicInteger transientReports = new AtomicInteger();
  volatile boolean progressOnPoll;
  volatile boolean spoilCertificates;

  LltpTransformer(LltpBook book, FaultInjector faults, String authKey, String province) {
    this.book = book;
    this.faults = faults;
    this.authKey = authKey;
    this.province = province;
    this.reports = new ReportDesk(book, province);
  }

  @Override
  public String getName() {
    return "criminal-record";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    Optional<SimulatorFault> fault = faults.draw();
    if (fault.isPresent()
        && (fault.get() instanceof SimulatorFault.ServiceUnavailable
            || fault.get() instanceof SimulatorFault.TooManyRequests)) {
      // The gateway turned the call away: the ministry never saw it.
      return WireMockFaults.apply(fault.get(), null, new byte[0]);
    }
    // Other faults lose or spoil the answer of a call the ministry did process.
    ResponseDefinition normal = answer(request);
    return fault.map(f -> WireMockFaults.apply(f, normal, normal.getByteBody())).orElse(normal);
  }

  private ResponseDefinition answer(Request request) {
    String path = request.getUrl().split("\\?", 2)[0];
    if (!RequestMethod.POST.equals(request.getMethod())) {
      return json(405, refusal("405", "Phương thức không được hỗ trợ"));
    }
    JsonNode body;
    try {
      body = mapper.readTree(request.getBody());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return json(200, refusal("E_JSON", "Dữ liệu không đúng định dạng JSON"));
    }
    if (!authKey.equals(body.path("authKey").asText(null))) {
      return json(200, refusal("E_AUTH", "authKey không hợp lệ"));
    }
    return switch (path) {
      case SUBMIT -> submit(body);
      case STATUS -> status(body);
      case REPORT -> report(body);
      default -> json(404, refusal("404", "Không tìm thấy dịch vụ"));
    };
  }

  private ResponseDefinition submit(JsonNode body) {
    Optional<Map.Entry<String, String>> refused = SubmitChecks.refusal(body, province);
    if (refused.isPresent()) {
      return json(200, refusal(refused.get().getKey(), refused.get().getValue()));
    }
    String code = body.path("maHoSoMCDT").asText();
    if (!book.submit(code, body.path("toKhai").path("loaiPhieu").asText())) {
      return text("Hồ sơ " + code + " đã được tiếp nhận, không thể cập nhật thông tin");
    }
    return text("Gửi thông tin thành công");
  }

  private ResponseDefinition status(JsonNode body) {
    if (!province.equals(body.path("maTinh").asText())) {
      return json(200, refusal("E_TINH", "Mã tỉnh không đúng"));
    }
    String code = body.path("maHoSoMCDT").asText();
    ObjectNode answer =
        mapper.createObjectNode().put("status", 1).put("statusDescription", "Thành công");
    var value = answer.putArray("value");
    book.find(code)
        .ifPresent(
            d -> {
              if (progressOnPoll) {
                book.advance(code);
              }
              ObjectNode entry =
                  value
                      .addObject()
                      .put("maHoSoMCDT", code)
                      .put("trangThaiXuLy", Integer.toString(d.state));
              if (d.state == 9 || d.state == 10) {
                entry
                    .putObject("ketQuaXuLy")
                    .put("soPhieuLLTP", d.number())
                    .put("ngayCapPhieu", "20/11/2024")
                    .put("loaiPhieu", d.type)
                    .put(
                        "phieuLLTP",
                        Base64.getEncoder()
                            .encodeToString(spoilCertificates ? HTML : d.certificate()));
              } else {
                entry.putNull("ketQuaXuLy");
              }
            });
    return json(200, answer);
  }

  private ResponseDefinition report(JsonNode body) {
    if (transientReports.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return json(200, reportAnswer("03", null, INTERRUPTED));
    }
    Map.Entry<String, String> outcome = reports.apply(body);
    return json(
        200,
        reportAnswer(
            outcome.getKey(),
            outcome.getKey().equals("00") ? "Cập nhật thành công" : null,
            outcome.getValue()));
  }

  private ObjectNode reportAnswer(String code, String data, String detail) {
    ObjectNode answer = mapper.createObjectNode().put("statusCode", code);
    answer.put("data", data);
    answer.put("errorDetail", detail);
    return answer;
  }

  private ObjectNode refusal(String code, String text) {
    return mapper
        .createObjectNode()
        .put("status", 0)
        .put("statusDescription", "Thất bại")
        .put("errorCode", code)
        .put("errorDescription", text);
  }

  private ResponseDefinition text(String text) {
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(text.getBytes(StandardCharsets.UTF_8))
        .build();
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
