package vn.connector.testkit.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.WireMockFaults;

/** Routes every request of the simulated platform to its stateful handler. */
final class PlatformTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "payment-platform";

  private final PaymentPlatformSimulator simulator;
  private final PlatformApi api;
  private final PayGovApi payGov;

  PlatformTransformer(PaymentPlatformSimulator simulator, PlatformApi api) {
    this.simulator = simulator;
    this.api = api;
    this.payGov = new PayGovApi(api);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    String method = request.getMethod().getName();
    if (path.startsWith("/pay/")) {
      return payPage(path.substring("/pay/".length()), method);
    }
    if (path.startsWith("/__sim/payment/pay/") && "POST".equals(method)) {
      return admin(path.substring("/__sim/payment/pay/".length()), request);
    }
    if (!"POST".equals(method)) {
      return json(405, PlatformApi.error("03 Phương thức không hỗ trợ"));
    }
    if (PaymentPlatformSimulator.INIT_PATH.equals(path)) {
      api.receivedInits.add(request.getBodyAsString());
    }
    Optional<SimulatorFault> fault = simulator.faults().draw();
    if (fault.isPresent()
        && !(fault.get() instanceof SimulatorFault.Delay)
        && !(fault.get() instanceof SimulatorFault.MalformedBody)
        && !(fault.get() instanceof SimulatorFault.TruncatedBody)) {
      // Refused before the platform saw it (a gateway's 503, a reset): no state changes.
      return WireMockFaults.apply(fault.get(), json(200, "{}"), new byte[0]);
    }
    ResponseDefinition normal = api(path, request);
    if (fault.isEmpty()) {
      return normal;
    }
    byte[] body = normal.getByteBody() == null ? new byte[0] : normal.getByteBody();
    return WireMockFaults.apply(fault.get(), normal, body);
  }

  private ResponseDefinition api(String path, Request request) {
    if (PaymentPlatformSimulator.LGSP_TOKEN_PATH.equals(path)) {
      PayGovApi.Answer a =
          payGov.token(request.getHeader("lgspaccesstoken"), request.getBodyAsString());
      return json(a.status(), a.body());
    }
    if (api.bearer != null
        && !path.equals(PaymentPlatformSimulator.PAYGOV_PATH)
        && !("Bearer " + api.bearer).equals(request.getHeader("Authorization"))) {
      return json(401, PlatformApi.error("40 Unauthorized"));
    }
    JsonNode m = PlatformApi.read(request.getBodyAsString());
    if (m == null) {
      return json(400, PlatformApi.error("03 Dữ liệu không phải JSON"));
    }
    switch (path) {
      case PaymentPlatformSimulator.INIT_PATH:
        return json(200, api.init(m));
      case PaymentPlatformSimulator.QUERY_PATH:
        return json(200, api.query(m));
      case PaymentPlatformSimulator.BILL_PATH:
        return bill(m);
      case PaymentPlatformSimulator.PAYGOV_PATH:
        PayGovApi.Answer a =
            payGov.payment(
                request.getHeader("Authorization"), request.getHeader("lgspaccesstoken"), m);
        return json(a.status(), a.body());
      default:
        return json(404, PlatformApi.error("03 Không có dịch vụ " + path));
    }
  }

  private ResponseDefinition bill(JsonNode m) {
    String refusal = api.queryRefusal(m, "GET_BILL");
    if (refusal != null) {
      return json(200, PlatformApi.error(refusal));
    }
    SimTransaction tx = api.transactions.get(m.path("MaThamChieu").asText());
    if (tx.state() != SimTransaction.State.PAID) {
      return json(200, PlatformApi.error("05 Chưa có biên lai"));
    }
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/pdf")
        .withBody(api.receiptPdf)
        .build();
  }

  private ResponseDefinition payPage(String reference, String method) {
    if (!api.transactions.containsKey(reference)) {
      return html(404, "Không tìm thấy giao dịch");
    }
    if ("POST".equals(method)) {
      simulator.pay(reference);
      return html(200, "Đã thanh toán giao dịch " + reference);
    }
    return html(
        200,
        "Cổng thanh toán (mô phỏng) — giao dịch "
            + reference
            + "<form method=\"post\"><button>Thanh toán</button></form>");
  }

  private ResponseDefinition admin(String reference, Request request) {
    if (!api.transactions.containsKey(reference)) {
      return json(404, PlatformApi.error("04 Không tìm thấy giao dịch"));
    }
    var fault = request.queryParameter("fault");
    ConfirmFault[] faults =
        fault.isPresent()
            ? fault.values().stream().map(ConfirmFault::valueOf).toArray(ConfirmFault[]::new)
            : new ConfirmFault[0];
    simulator.pay(reference, faults);
    return json(200, "{\"MaLoi\":\"00\",\"MoTaLoi\":\"Đã thanh toán\"}");
  }

  private static ResponseDefinition json(int status, String body) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static ResponseDefinition html(int status, String text) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(
            ("<!doctype html><meta charset=\"utf-8\"><p>" + text + "</p>")
                .getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
