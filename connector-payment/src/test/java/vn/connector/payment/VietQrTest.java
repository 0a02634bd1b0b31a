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

  static String withCrc(String body) {
    return body + String.format("%04X", bitwiseCrc(body));
  }

  static final String MERCHANT_TO_ACCOUNT =
      "3857" + "0010A000000727" + "0127" + "0006970436" + "01130011001234567" + "0208QRIBFTTA";

  @Test
  void writesTheBillNumberInField6201BeforeThePurpose() {
    VietQr qr =
        VietQr.builder()
            .bankBin("970436")
            .account("0011001234567")
            .amount(Money.vnd(50_000))
            .billNumber("000.00.01.H22-241115-0001")
            .purpose("Le phi")
            .build();

    String body =
        "000201010212"
            + MERCHANT_TO_ACCOUNT
            + "5303704540550000"
            + "5802VN"
            + "6239"
            + "0125000.00.01.H22-241115-0001"
            + "0806Le phi"
            + "6304";
    assertThat(qr.payload()).isEqualTo(withCrc(body));
    assertThat(VietQr.parse(qr.payload()).billNumber()).contains("000.00.01.H22-241115-0001");
  }

  @Test
  void buildsAndReadsACardTransfer() {
    VietQr qr =
        VietQr.builder()
            .bankBin("970436")
            .card("9704360000000000018")
            .amount(Money.vnd(50_000))
            .build();

    assertThat(qr.payload()).contains("0208QRIBFTTC").contains("01199704360000000000018");
    VietQr read = VietQr.parse(qr.payload());
    assertThat(read.destination()).isEqualTo(VietQr.Destination.CARD);
    assertThat(read.kind()).isEqualTo(VietQr.Kind.DYNAMIC);
    assertThat(read.account()).isEqualTo("9704360000000000018");
  }

  @Test
  void buildsAndReadsAStaticQrWithoutAmount() {
    VietQr qr = VietQr.builder().bankBin("970436").account("0011001234567").build();

    assertThat(qr.payload())
        .isEqualTo(withCrc("000201010211" + MERCHANT_TO_ACCOUNT + "5303704" + "5802VN" + "6304"));
    VietQr read = VietQr.parse(qr.payload());
    assertThat(read.kind()).isEqualTo(VietQr.Kind.STATIC);
    assertThat(read.destination()).isEqualTo(VietQr.Destination.ACCOUNT);
    assertThat(read.amount()).isEmpty();
  }

  @Test
  void readerRefusesAFieldBeforeThePayloadFormat() {
    String payload =
        withCrc("010212" + "000201" + MERCHANT_TO_ACCOUNT + "5303704540550000" + "5802VN6304");

    assertThatThrownBy(() -> VietQr.parse(payload))
        .hasMessage("payload format (field 00): must come first");
  }

  @Test
  void readerRefusesA6304HiddenInsideAnotherFieldsValue() {
    String prefix = "000201010212" + MERCHANT_TO_ACCOUNT + "5303704540550000" + "5802VN";
    // Field 62.08 ends with "6304" + a CRC that is right for the text before it: there is no
    // field 63 at all, yet the last eight characters look like one.
    String head = prefix + "6219" + "0815" + "HS-0001" + "6304";
    String payload = withCrc(head);

    assertThatThrownBy(() -> VietQr.parse(payload))
        .hasMessage("CRC (field 63): must be the last field, 4 hex digits");
  }

  @Test
  void readerRefusesAnUnknownGuidOrServiceCode() {
    String wrongGuid =
        withCrc(
            "000201010212"
                + MERCHANT_TO_ACCOUNT.replace("A000000727", "A000000999")
                + "5303704540550000"
                + "5802VN6304");
    String noService =
        withCrc(
            "000201010212"
                + "3845"
                + "0010A000000727"
                + "0127"
                + "0006970436"
                + "01130011001234567"
                + "5303704540550000"
                + "5802VN6304");
    String otherService =
        withCrc(
            "000201010212"
                + MERCHANT_TO_ACCOUNT.replace("QRIBFTTA", "QRPUSHXX")
                + "5303704540550000"
                + "5802VN6304");

    assertThatThrownBy(() -> VietQr.parse(wrongGuid)).hasMessageStartingWith("NAPAS GUID");
    assertThatThrownBy(() -> VietQr.parse(noService))
        .hasMessage("service code (field 38.02): missing");
    assertThatThrownBy(() -> VietQr.parse(otherService))
        .hasMessage("service code (field 38.02): must be QRIBFTTA or QRIBFTTC");
  }

  @Test
  void readerRefusesAStaticQrWithAnAmount() {
    String payload =
        withCrc("000201010211" + MERCHANT_TO_ACCOUNT + "5303704540550000" + "5802VN6304");

    assertThatThrownBy(() -> VietQr.parse(payload))
        .hasMessage("amount (field 54): a static QR carries none");
  }

  @Test
  void builderRefusesAnAmountLongerThanThirteenDigits() {
    assertThatThrownBy(
            () ->
                VietQr.dynamic(
                    "970436", "0011001234567", Money.vnd(10_000_000_000_000L), "HS-0001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: at most 13 digits (field 54)");
    assertThat(
            VietQr.parse(
                    VietQr.dynamic(
                            "970436", "0011001234567", Money.vnd(9_999_999_999_999L), "HS-0001")
                        .payload())
                .amount())
        .contains(Money.vnd(9_999_999_999_999L));
  }
}
