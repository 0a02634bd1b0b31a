package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.WireMockFaults;

/**
 * Routes every request of the simulated portal: downtime first, then login (never faulted, as the
 * other simulators' token endpoints), then injected faults and the services of both styles.
 */
final class PortalTransformer implements ResponseDefinitionTransformerV2 {

  static final String ADAPTER = "/dvcqg/adapter";
  static final String AUTH_PATH = "/auth";
  static final String INTEGRATION_PATH = "/integration";
  static final String CREATE = "/thanhhoa/dvcqg/hoso/themmoi";
  static final String UPDATE = "/thanhhoa/dvcqg/hoso/capnhat";
  static final String PROGRESS = "/thanhhoa/dvcqg/tiendo";

  private final ObjectMapper mapper;
  private final AdapterService adapter;
  private final ArrayService arrays;
  private final FaultInjector faults;
  private final AtomicReference<SimulatorFault> downtime;
  private final AtomicInteger refusedWhileDown = new AtomicInteger();

  PortalTransformer(
      ObjectMapper mapper,
      AdapterService adapter,
      ArrayService arrays,
      FaultInjector faults,
      AtomicReference<SimulatorFault> downtime) {
    this.mapper = mapper;
    this.adapter = adapter;
    this.arrays = arrays;
    this.faults = faults;
    this.downtime = downtime;
  }

  int refusedWhileDown() {
    return refusedWhileDown.get();
  }

  @Override
  public String getName() {
    return "national-portal";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    SimulatorFault down = downtime.get();
    if (down != null) {
      refusedWhileDown.incrementAndGet();
      return WireMockFaults.apply(down, WireMock.aResponse().build(), new byte[0]);
    }
    String path = request.getUrl().split("\\?", 2)[0];
    if (!RequestMethod.POST.equals(request.getMethod())) {
      return text(405, "Chỉ hỗ trợ POST");
    }
    JsonNode body;
    try {
      body = mapper.readTree(request.getBody());
    } catch (IOException e) {
      body = null;
    }
    if ((ADAPTER + AUTH_PATH).equals(path)) {
      return body == null ? unreadable(true) : json(adapter.login(body));
    }
    Optional<SimulatorFault> fault = faults.draw();
    if (fault.isPresent() && refusedUnread(fault.get())) {
      // 503, 429 and a reset say the request was not processed: nothing is recorded.
      return WireMockFaults.apply(fault.get(), WireMock.aResponse().build(), new byte[0]);
    }
    ResponseDefinition normal = route(path, body);
    // A delay, a malformed or a cut answer come after the work was done, as a lost answer does.
    return fault.map(f -> WireMockFaults.apply(f, normal, normal.getByteBody())).orElse(normal);
  }

  private static boolean refusedUnread(SimulatorFault fault) {
    return fault instanceof SimulatorFault.ServiceUnavailable
        || fault instanceof SimulatorFault.TooManyRequests
        || fault instanceof SimulatorFault.ConnectionReset;
  }

  private ResponseDefinition route(String path, JsonNode body) {
    boolean styleA = (ADAPTER + INTEGRATION_PATH).equals(path);
    if (body == null) {
      return unreadable(styleA);
    }
    return switch (path) {
      case ADAPTER + INTEGRATION_PATH -> json(adapter.integrate(body));
      case CREATE -> text(200, arrays.create(body));
      case UPDATE -> text(200, arrays.update(body));
      case PROGRESS -> text(200, arrays.progress(body));
      default -> text(404, "Không tìm thấy tài nguyên");
    };
  }

  private ResponseDefinition unreadable(boolean styleA) {
    if (!styleA) {
      return text(400, "Dữ liệu gửi lên không phải JSON hợp lệ");
    }
    return WireMock.aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(
            "{\"error_code\":\"1\",\"message\":\"Dữ liệu gửi lên không phải JSON hợp lệ\"}"
                .getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private ResponseDefinition json(JsonNode answer) {
    try {
      return WireMock.aResponse()
          .withStatus(200)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(mapper.writeValueAsBytes(answer))
          .build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResponseDefinition text(int status, String body) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
