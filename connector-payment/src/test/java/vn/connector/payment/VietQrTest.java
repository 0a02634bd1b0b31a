package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.Money;
import vn.connector.payment.internal.Crc16;

class VietQrTest {

  /** CRC-16/CCITT-FALSE, bit by bit: written apart from the SDK's table-driven one. */
  static int bitwiseCrc(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
      crc ^= (b & 0xFF) << 8;
      for (int i = 0; i < 8; i++) {
        crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
      }
    }
    return crc;
  }

  @Test
  void crcHasTheCatalogueCheckValue() {
    // "check" value of CRC-16/CCITT-FALSE in the CRC RevEng catalogue.
    assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
    assertThat(bitwiseCrc("123456789")).isEqualTo(0x29B1);
  }

  @Test
  void buildsTheDynamicQrFieldByField() {
    VietQr qr =
        VietQr.dynamic("970436", "0011001234567", Money.vnd(50_000), "000.00.01.H22-241115-0001");

    String body =
        "000201"
            + "010212"
            + "3857"
            + "0010A000000727"
            + "0127"
            + "0006970436"
            + "01130011001234567"
            + "0208QRIBFTTA"
            + "5303704"
            + "540550000"
            + "5802VN"
            + "6229"
            + "0825000.00.01.H22-241115-0001"
            + "6304";
    assertThat(qr.payload()).isEqualTo(body + String.format("%04X", bitwiseCrc(body)));
  }

  @Test
  void readsBackWhatItBuilt() {
    VietQr qr = VietQr.dynamic("970436", "0011001234567", Money.vnd(50_000), "HS-0001");

    VietQr read = VietQr.parse(qr.payload());

    assertThat(read.bankBin()).isEqualTo("970436");
    assertThat(read.account()).isEqualTo("0011001234567");
    assertThat(read.amount()).contains(Money.vnd(50_000));
    assertThat(read.purpose()).contains("HS-0001");
  }

  @Test
  void refusesAPayloadWhoseCrcDoesNotMatch() {
    String payload =
        VietQr.dynamic("970436", "0011001234567", Money.vnd(50_000), "HS-0001").payload();
    String altered = payload.replace("540550000", "540590000");

    assertThatThrownBy(() -> VietQr.parse(altered)).hasMessageStartingWith("CRC (field 63)");
  }

  @Test
  void refusesALengthThatRunsPastTheEndNamingTheField() {
    String body = "000201010212" + "5899VN" + "6304";
    String payload = body + String.format("%04X", bitwiseCrc(body));

    assertThatThrownBy(() -> VietQr.parse(payload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 58");
  }

  @Test
  void refusesInputThatDoesNotFitNamingTheField() {
    assertThatThrownBy(() -> VietQr.dynamic("97043", "001", Money.vnd(1), "x"))
        .hasMessageStartingWith("bankBin:");
    assertThatThrownBy(() -> VietQr.dynamic("970436", "001-2", Money.vnd(1), "x"))
        .hasMessageStartingWith("account:");
    assertThatThrownBy(() -> VietQr.dynamic("970436", "001", Money.vnd(1), "Lệ phí"))
        .hasMessageStartingWith("purpose:");
  }
}
