package vn.connector.testkit.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator on its own, spoken to with raw HTTP as a portal in any language would. */
class PaymentPlatformSimulatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static PaymentPlatformSimulator simulator;

  @BeforeAll
  static void start() {
    simulator = PaymentPlatformSimulator.start();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  private static ObjectNode init(String reference, String secret) {
    ObjectNode m = JSON.createObjectNode();
    String[] fields = {
      "INIT",
      "1.0.6",
      simulator.partnerCode(),
      reference,
      "50000",
      "PAY",
      "1",
      "1",
      "vi-VN",
      "VND",
      "PAYMENT",
      "Le phi",
      "20241115150000",
      "127.0.0.1"
    };
    String[] names = {
      "LoaiBanTin",
      "PhienBan",
      "MaDoiTac",
      "MaThamChieu",
      "SoTien",
      "LoaiHinhThanhToan",
      "MaKenhThanhToan",
      "MaThietBi",
      "NgonNgu",
      "MaTienTe",
      "MaNganHang",
      "ThongTinGiaoDich",
      "ThoiGianGD",
      "Ip"
    };
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], fields[i]);
    }
    m.put("MaXacThuc", SimSigning.maXacThuc(secret, fields));
    m.putObject("ThongTinBienLai")
        .put("MaHoSo", "HS-1")
        .putArray("PhiLePhi")
        .addObject()
        .put("SoTien", "50000");
    return m;
  }

  private static HttpResponse<String> post(URI uri, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesAnInitWithABadChecksum() throws Exception {
    JsonNode answer =
        JSON.readTree(post(simulator.initUrl(), init("RAW-1", "wrong").toString()).body());

    assertThat(answer.path("MaLoi").asText()).isEqualTo("01");
    assertThat(simulator.knows("RAW-1")).isFalse();
  }

  @Test
  void paysThroughTheAdminCallAndPushesASignedConfirm() throws Exception {
    HttpServer portal =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    portal.createContext(
        "/cb",
        ex -> {
          JsonNode c = JSON.readTree(ex.getRequestBody().readAllBytes());
          String expected =
              SimSigning.maXacThuc(
                  simulator.secret(),
                  "CONFIRM",
                  c.path("MaLoi").asText(),
                  c.path("MaDoiTac").asText(),
                  c.path("MaThamChieu").asText(),
                  c.path("SoTien").asText(),
                  "VND",
                  c.path("MaGiaoDich").asText(),
                  c.path("MaNganHang").asText(),
                  c.path("ThoiGianGD").asText(),
                  c.path("ThongTinGiaoDich").asText());
          byte[] body =
              ("{\"MaLoi\":\""
                      + (expected.equals(c.path("MaXacThuc").asText()) ? "00" : "99")
                      + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    portal.start();
    try {
      simulator.registerCallback(
          URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/cb"));
      JsonNode answer =
          JSON.readTree(
              post(simulator.initUrl(), init("RAW-2", simulator.secret()).toString()).body());
      assertThat(answer.path("UrlThanhToan").asText()).endsWith("/pay/RAW-2");
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(answer.path("UrlThanhToan").asText()))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body())
          .contains("RAW-2");

      post(simulator.baseUrl().resolve("/__sim/payment/pay/RAW-2"), "");

      assertThat(simulator.awaitDelivery("RAW-2", Duration.ofSeconds(10))).isTrue();
      assertThat(simulator.deliveries("RAW-2")).singleElement().matches(Delivery::acknowledged);
    } finally {
      portal.stop(0);
    }
  }

  @Test
  void servesAStructurallyValidPdfReceipt() throws Exception {
    byte[] pdf =
        PaymentPlatformSimulatorTest.class
            .getResourceAsStream("/payment/receipt.pdf")
            .readAllBytes();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);

    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    Matcher startxref = Pattern.compile("startxref\\n(\\d+)\\n").matcher(text);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(text.substring(xref)).startsWith("xref\n0 6\n");
    Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
    int object = 1;
    while (entries.find()) {
      assertThat(text.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
      object++;
    }
    assertThat(object).isEqualTo(6);
  }
}
