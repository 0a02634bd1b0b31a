package vn.connector.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.connector.payment.TestRequests;
import vn.connector.payment.model.PaymentReference;

/** Each expected value is built here by hand from the contract's field list, apart from the SDK. */
class MaXacThucTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "s3cr3t-key";
  private static final Instant AT_15H = Instant.parse("2024-11-15T08:00:00Z");

  static String sha256Hex(String text) throws Exception {
    return TestRequests.sha256Hex(text);
  }

  @Test
  void initChecksumIsSha256OfTheListedFieldsThenTheSecret() throws Exception {
    byte[] body =
        InitWire.encode(
            TestRequests.fee(), PaymentReference.of("REF0001"), "H22", SECRET, AT_15H, "10.0.0.1");

    String joined =
        "INIT|1.0.6|H22|REF0001|50000|PAY|1|1|vi-VN|VND|PAYMENT|Le phi cap giay phep xay dung"
            + "|20241115150000|10.0.0.1|"
            + SECRET;
    JsonNode m = JSON.readTree(body);
    assertThat(m.path("MaXacThuc").asText()).isEqualTo(sha256Hex(joined)).matches("[0-9a-f]{64}");
  }

  @Test
  void queryAndGetBillChecksumsCoverTypeVersionPartnerReferenceAndTime() throws Exception {
    for (String type : new String[] {"QUERY", "GET_BILL"}) {
      JsonNode m =
          JSON.readTree(
              QueryWire.encode(type, "H22", PaymentReference.of("REF0001"), SECRET, AT_15H));
      String joined = type + "|1.0.6|H22|REF0001|20241115150000|" + SECRET;
      assertThat(m.path("MaXacThuc").asText()).isEqualTo(sha256Hex(joined));
    }
  }

  @Test
  void confirmChecksumIsVerifiedOverItsTenFields() throws Exception {
    String joined = "CONFIRM|00|H22|REF0001|50000|VND|GD123|VCB|20241115150500|Le phi|" + SECRET;
    String body =
        "{\"LoaiBanTin\":\"CONFIRM\",\"MaLoi\":\"00\",\"MaDoiTac\":\"H22\",\"MaThamChieu\":\"REF0001\","
            + "\"SoTien\":50000,\"MaTienTe\":\"VND\",\"MaGiaoDich\":\"GD123\",\"MaNganHang\":\"VCB\","
            + "\"ThoiGianGD\":\"20241115150500\",\"ThongTinGiaoDich\":\"Le phi\",\"MaXacThuc\":\""
            + sha256Hex(joined)
            + "\"}";

    ConfirmWire.Confirm confirm = ConfirmWire.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(confirm.checksumValid(SECRET)).isTrue();
    assertThat(confirm.checksumValid("another-secret")).isFalse();
    assertThat(confirm.amount()).isEqualTo(50_000);
  }

  @Test
  void aChangedFieldBreaksTheConfirmChecksum() throws Exception {
    String joined = "CONFIRM|00|H22|REF0001|50000|VND|GD123|VCB|20241115150500|Le phi|" + SECRET;
    String body =
        "{\"LoaiBanTin\":\"CONFIRM\",\"MaLoi\":\"00\",\"MaDoiTac\":\"H22\",\"MaThamChieu\":\"REF0001\","
            + "\"SoTien\":\"5000\",\"MaTienTe\":\"VND\",\"MaGiaoDich\":\"GD123\",\"MaNganHang\":\"VCB\","
            + "\"ThoiGianGD\":\"20241115150500\",\"ThongTinGiaoDich\":\"Le phi\",\"MaXacThuc\":\""
            + sha256Hex(joined)
            + "\"}";

    assertThat(ConfirmWire.parse(body.getBytes(StandardCharsets.UTF_8)).checksumValid(SECRET))
        .isFalse();
  }
}
