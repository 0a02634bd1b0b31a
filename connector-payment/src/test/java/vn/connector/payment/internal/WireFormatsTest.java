package vn.connector.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

class WireFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesThoiGianGdOn24HourClockInHoChiMinhTime() {
    assertThat(WireTime.format(Instant.parse("2024-11-15T08:00:00Z"))).isEqualTo("20241115150000");
    assertThat(WireTime.format(Instant.parse("2024-12-31T17:30:05Z"))).isEqualTo("20250101003005");
    assertThat(WireTime.parse("20241115150000")).contains(Instant.parse("2024-11-15T08:00:00Z"));
    assertThat(WireTime.parse("20241115250000")).isEmpty();
  }

  @Test
  void readsSoTienAsStringOrNumberAndRefusesFractions() throws Exception {
    assertThat(WireAmount.read(JSON.readTree("\"50000\""), "SoTien")).isEqualTo(50_000);
    assertThat(WireAmount.read(JSON.readTree("50000"), "SoTien")).isEqualTo(50_000);
    for (String bad :
        new String[] {"\"50000.5\"", "50000.5", "\"0\"", "\"-5\"", "\"5e4\"", "\"\"", "true"}) {
      assertThatThrownBy(() -> WireAmount.read(JSON.readTree(bad), "SoTien"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("SoTien:");
    }
  }

  @Test
  void readsBothInitAnswerShapes() throws Exception {
    assertThat(
            InitWire.paymentUrl(
                JSON.readTree(
                    "{\"error_code\":\"0\",\"message\":\"{\\\"UrlThanhToan\\\":\\\"https://pay.example/x\\\"}\"}")))
        .hasToString("https://pay.example/x");
    assertThat(
            InitWire.paymentUrl(
                JSON.readTree(
                    "{\"MaLoi\":\"00\",\"MoTaLoi\":\"ok\",\"UrlThanhToan\":\"https://pay.example/y\"}")))
        .hasToString("https://pay.example/y");
  }

  @Test
  void refusesAnInitWithThePlatformCodeAndTextOfEitherShape() {
    Verdict maLoi =
        PlatformAnswers.PLATFORM.classify(
            json(200, "{\"MaLoi\":\"01\",\"MoTaLoi\":\"Sai mã xác thực\"}"));
    assertThat(maLoi.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(maLoi.code()).hasValue("01");
    assertThat(maLoi.text()).hasValue("Sai mã xác thực");
    assertThat(maLoi.hint()).isPresent();
    Verdict errorCode =
        PlatformAnswers.PLATFORM.classify(json(200, "{\"error_code\":\"7\",\"message\":\"Lỗi\"}"));
    assertThat(errorCode.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(errorCode.code()).hasValue("7");
    assertThat(errorCode.hint()).isEmpty();
  }

  @Test
  void letsTheAcceptedAnswersThroughAndRefusesHttpErrorsWithoutCode() {
    assertThat(PlatformAnswers.PLATFORM.classify(json(200, "{\"MaLoi\":\"00\"}")).kind())
        .isEqualTo(Verdict.Kind.OK);
    assertThat(PlatformAnswers.PLATFORM.classify(json(200, "{\"error_code\":0}")).kind())
        .isEqualTo(Verdict.Kind.OK);
    assertThat(PlatformAnswers.PLATFORM.classify(json(500, "{\"MaLoi\":\"00\"}")).kind())
        .isEqualTo(Verdict.Kind.REFUSE);
    assertThat(PlatformAnswers.PLATFORM.classify(json(500, "<html>")).code()).isEmpty();
  }

  @Test
  void refusesAnInitAnswerInNeitherShape() throws Exception {
    assertThatThrownBy(() -> InitWire.paymentUrl(JSON.readTree("{\"status\":1}")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static HttpResponse json(int status, String body) {
    return new HttpResponse(
        status,
        Map.of("Content-Type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tellsPdfFromJsonByContentTypeAndFirstBytes() {
    byte[] pdf = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
    byte[] json = " {\"MaLoi\":\"05\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(BillWire.kind("application/pdf", pdf)).isEqualTo(BillWire.Kind.PDF);
    assertThat(BillWire.kind("application/octet-stream", pdf)).isEqualTo(BillWire.Kind.PDF);
    assertThat(BillWire.kind("application/json", json)).isEqualTo(BillWire.Kind.JSON);
    assertThat(BillWire.kind("application/pdf", json)).isEqualTo(BillWire.Kind.OTHER);
    assertThat(BillWire.kind("text/html", "<html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(BillWire.Kind.OTHER);
  }

  @Test
  void refusesAConfirmWithARepeatedKey() {
    byte[] body =
        "{\"LoaiBanTin\":\"CONFIRM\",\"SoTien\":\"1\",\"SoTien\":\"2\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ConfirmWire.parse(body)).isInstanceOf(IllegalArgumentException.class);
  }
}
