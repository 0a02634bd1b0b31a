package vn.connector.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.Verdict;
import vn.connector.payment.TestRequests;
import vn.connector.payment.model.PaymentReference;

class PayGovWireTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI RETURN = URI.create("https://dvc.example.gov.vn/ket-qua");

  @Test
  void signsTheRequestWithSecretAccessKeyPartnerOrderRequestCodeAndAmount() throws Exception {
    PayGovWire.Settings s = new PayGovWire.Settings("P1", "AK", "SVC", "SK", RETURN, null, null);

    JsonNode m =
        JSON.readTree(
            PayGovWire.encode(s, TestRequests.fee(), PaymentReference.of("RC1"), "10.0.0.1"));

    String orderId = "000.00.01.H22-000.00.01.H22-241115-0001-01";
    assertThat(m.path("orderId").asText()).isEqualTo(orderId);
    assertThat(m.path("checksum").asText())
        .isEqualTo(TestRequests.sha256Hex("SK" + "AK" + "P1" + orderId + "RC1" + "50000"));
    assertThat(m.path("orderInfo").asText()).isEqualTo("Le phi cap giay phep xay dung");
  }

  @Test
  void theBeneficiaryVariantDropsChecksumAccessKeyAndServiceCode() throws Exception {
    PayGovWire.Settings s = new PayGovWire.Settings("P1", null, null, "SK", RETURN, "BEN", "0011");

    JsonNode m =
        JSON.readTree(
            PayGovWire.encode(s, TestRequests.fee(), PaymentReference.of("RC1"), "10.0.0.1"));

    assertThat(m.has("checksum") || m.has("accessKey") || m.has("serviceCode")).isFalse();
    assertThat(m.path("beneficiaryCode").asText()).isEqualTo("BEN");
    assertThat(m.path("accountPay").asText()).isEqualTo("0011");
  }

  @Test
  void writesOrderInfoInAsciiWithoutDiacritics() {
    assertThat(PayGovWire.ascii("Lệ phí cấp phép Đường Nguyễn Trãi"))
        .isEqualTo("Le phi cap phep Duong Nguyen Trai");
  }

  @Test
  void readsTheUrlOrThePlatformsRefusal() throws Exception {
    assertThat(
            PayGovWire.paymentUrl(
                JSON.readTree("{\"data\":{\"url\":\"https://paygov.example/p/1\"}}")))
        .hasToString("https://paygov.example/p/1");
    Verdict refused =
        PlatformAnswers.PAYGOV.classify(
            WireFormatsTest.json(200, "{\"error_code\":\"01\",\"error_message\":\"Sai\"}"));
    assertThat(refused.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(refused.code()).hasValue("01");
    assertThat(refused.text()).hasValue("Sai");
    assertThat(
            PlatformAnswers.PAYGOV
                .classify(WireFormatsTest.json(200, "{\"data\":{\"url\":\"https://p/1\"}}"))
                .kind())
        .isEqualTo(Verdict.Kind.OK);
  }

  @Test
  void checksTheCallbackChecksumAsModelled() throws Exception {
    String sum = TestRequests.sha256Hex("SK" + "O1" + "RC1" + "T9" + "50000" + "00");
    String body =
        "{\"orderId\":\"O1\",\"amount\":50000,\"requestCode\":\"RC1\",\"transactionNo\":\"T9\","
            + "\"payDate\":\"20241115150000\",\"errorCode\":\"00\",\"checksum\":\""
            + sum
            + "\"}";

    Incoming ok = PayGovWire.readCallback(body.getBytes(StandardCharsets.UTF_8), "SK");
    Incoming forged = PayGovWire.readCallback(body.getBytes(StandardCharsets.UTF_8), "other");

    assertThat(ok.checksumValid()).isTrue();
    assertThat(ok.paid()).isTrue();
    assertThat(ok.reference()).isEqualTo("RC1");
    assertThat(forged.checksumValid()).isFalse();
  }
}
