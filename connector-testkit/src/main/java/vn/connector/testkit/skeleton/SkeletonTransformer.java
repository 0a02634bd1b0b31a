package vn.connector.testkit.skeleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.TokenDesk;
import vn.connector.testkit.WireMockFaults;

/** Answers the skeleton contract: token endpoint, bearer check, faults, NhanHoSo, TraCuuHoSo. */
final class SkeletonTransformer implements ResponseDefinitionTransformerV2 {

  static final String TOKEN_PATH = "/token";

  private final ObjectMapper mapper = new ObjectMapper();
  private final TokenDesk tokens;
  private final FaultInjector faults;
  private final Set<String> received = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean expireSession = new AtomicBoolean();

  SkeletonTransformer(TokenDesk tokens, FaultInjector faults) {
    this.tokens = tokens;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return "skeleton";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().split("\\?", 2)[0];
    if (TOKEN_PATH.equals(path)) {
      return tokens.respond(r);
    }
    // Auth before any queued fault, as a gateway checks it before it forwards.
    if (!tokens.accepts(r.getHeader("Authorization"))) {
      return json(401, Map.of("maLoi", "401", "moTa", "Unauthorized"));
    }
    ResponseDefinition normal = operation(path, r);
    return faults
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  private ResponseDefinition operation(String path, Request r) {
    JsonNode body;
    try {
      body = mapper.readTree(r.getBodyAsString());
    } catch (IOException | RuntimeException e) {
      return json(400, Map.of("maLoi", "2", "moTa", "Dữ liệu không hợp lệ"));
    }
    if (body == null || !body.hasNonNull("maHoSo")) {
      return json(400, Map.of("maLoi", "2", "moTa", "Thiếu maHoSo"));
    }
    if (expireSession.getAndSet(false)) {
      return json(200, Map.of("maLoi", "-1", "moTa", "Phiên làm việc hết hạn"));
    }
    String dossier = body.get("maHoSo").asText();
    if ("/NhanHoSo".equals(path)) {
      if (!SkeletonSimulator.UNIT.equals(body.path("maDonVi").asText())) {
        return json(200, Map.of("maLoi", "4", "moTa", "Mã đơn vị không hợp lệ"));
      }
      return received.add(dossier)
          ? json(200, Map.of("maLoi", "0", "moTa", "Tiếp nhận thành công"))
          : json(200, Map.of("maLoi", "101", "moTa", "Hồ sơ đã được tiếp nhận"));
    }
    if ("/TraCuuHoSo".equals(path)) {
      return received.contains(dossier)
          ? json(200, Map.of("maLoi", "0", "trangThai", "1", "ngayCapNhat", "15/11/2024 14:30:00"))
          : json(200, Map.of("maLoi", "5", "moTa", "Không tìm thấy hồ sơ"));
    }
    return json(404, Map.of("message", "No matching resource"));
  }

  void expireSessionOnce() {
    expireSession.set(true);
  }

  void reset() {
    received.clear();
    expireSession.set(false);
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
