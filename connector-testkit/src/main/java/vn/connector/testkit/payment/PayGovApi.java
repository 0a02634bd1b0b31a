package vn.connector.testkit.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A province's PayGov behind its LGSP: the token endpoint (lgsp-access-token scheme) and the
 * payment request, both variants. Error bodies ({@code error_code}, {@code error_message}) are
 * modelled: the contract gives only the success shape.
 */
final class PayGovApi {

  static final String PARTNER_CODE = "SIM-PAYGOV";
  static final String ACCESS_KEY = "sim-paygov-access";
  static final String SERVICE_CODE = "DVC_PAYMENT";
  static final String SECRET_KEY = "sim-paygov-secret";
  static final String LGSP_ACCESS_KEY = "sim-lgsp-access";
  static final String LGSP_SECRET_KEY = "sim-lgsp-secret";

  private final PlatformApi platform;
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();

  PayGovApi(PlatformApi platform) {
    this.platform = platform;
  }

  /** {@code POST /lgsp/token}: the status and body. */
  Answer token(String lgspHeader, String body) {
    if (!body.contains("grant_type=client_credentials") || !validLgspHeader(lgspHeader)) {
      return new Answer(401, error("401", "lgspaccesstoken không hợp lệ"));
    }
    String token = "sim-lgsp-" + UUID.randomUUID();
    tokens.add(token);
    return new Answer(
        200,
        PlatformApi.JSON
            .createObjectNode()
            .put("access_token", token)
            .put("expires_in", 3600)
            .put("token_type", "Bearer")
            .toString());
  }

  /** {@code POST /paygov/payment}. */
  Answer payment(String authorization, String lgspHeader, JsonNode m) {
    if (authorization == null
        || !authorization.startsWith("Bearer ")
        || !tokens.contains(authorization.substring(7))
        || !validLgspHeader(lgspHeader)) {
      return new Answer(401, error("401", "Unauthorized"));
    }
    String refusal = refusal(m);
    if (refusal != null) {
      return new Answer(200, error(refusal.substring(0, 2), refusal.substring(3)));
    }
    String requestCode = m.path("requestCode").asText();
    String time =
        LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
    SimTransaction tx =
        new SimTransaction(
            requestCode,
            Long.parseLong(m.path("amount").asText()),
            "",
            m.path("orderInfo").asText(),
            time,
            m.path("checksum").asText(""),
            URI.create(m.path("returnUrl").asText()),
            m.path("orderId").asText());
    if (platform.transactions.putIfAbsent(requestCode, tx) != null) {
      return new Answer(200, error("02", "requestCode đã tồn tại"));
    }
    ObjectNode a = PlatformApi.JSON.createObjectNode();
    a.putObject("data").put("url", platform.payPage(requestCode));
    return new Answer(200, a.toString());
  }

  private String refusal(JsonNode m) {
    if (!PARTNER_CODE.equals(m.path("partnerCode").asText())) {
      return "03 partnerCode không hợp lệ";
    }
    String amount = m.path("amount").asText("");
    if (!amount.matches("[1-9][0-9]{0,17}")
        || m.path("requestCode").asText().isEmpty()
        || !m.path("orderInfo").asText().matches("[\\x20-\\x7E]*")
        || m.path("returnUrl").asText().isEmpty()) {
      return "03 Dữ liệu không hợp lệ";
    }
    if (m.has("beneficiaryCode")) {
      boolean clean = !m.has("checksum") && !m.has("accessKey") && !m.has("serviceCode");
      return clean && !m.path("accountPay").asText().isEmpty()
          ? null
          : "03 Biến thể beneficiary không hợp lệ";
    }
    String expected =
        SimSigning.sha256Hex(
            SECRET_KEY
                + m.path("accessKey").asText()
                + PARTNER_CODE
                + m.path("orderId").asText()
                + m.path("requestCode").asText()
                + amount);
    if (!ACCESS_KEY.equals(m.path("accessKey").asText())
        || !SERVICE_CODE.equals(m.path("serviceCode").asText())) {
      return "03 accessKey/serviceCode không hợp lệ";
    }
    return SimSigning.same(expected, m.path("checksum").asText()) ? null : "01 Sai checksum";
  }

  private static boolean validLgspHeader(String header) {
    if (header == null) {
      return false;
    }
    try {
      JsonNode c =
          PlatformApi.read(new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8));
      return c != null
          && LGSP_ACCESS_KEY.equals(c.path("AccessKey").asText())
          && LGSP_SECRET_KEY.equals(c.path("SecretKey").asText());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String error(String code, String message) {
    return PlatformApi.JSON
        .createObjectNode()
        .put("error_code", code)
        .put("error_message", message)
        .toString();
  }

  /** The test credentials of the simulated PayGov, as the standalone runner prints them. */
  static Map<String, String> connectionInfo(URI endpoint, URI tokenUrl) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("payment.paygov.endpoint", endpoint.toString());
    info.put("payment.paygov.tokenUrl", tokenUrl.toString());
    info.put("payment.paygov.partnerCode", PARTNER_CODE);
    info.put("payment.paygov.accessKey", ACCESS_KEY);
    info.put("payment.paygov.serviceCode", SERVICE_CODE);
    info.put("payment.paygov.secretKey", SECRET_KEY);
    info.put("payment.paygov.lgspAccessKey", LGSP_ACCESS_KEY);
    info.put("payment.paygov.lgspSecretKey", LGSP_SECRET_KEY);
    return info;
  }

  record Answer(int status, String body) {}
}
