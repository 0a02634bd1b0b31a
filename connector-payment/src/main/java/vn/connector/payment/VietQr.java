package vn.connector.payment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.connector.core.Money;
import vn.connector.payment.internal.Crc16;
import vn.connector.payment.internal.Tlv;

/**
 * A VietQR code (NAPAS, EMVCo merchant-presented QR) for a transfer to an account: build the
 * payload of a dynamic QR for a fee, or read and check one.
 *
 * <pre>{@code
 * VietQr qr = VietQr.dynamic("970436", "0011001234567", Money.vnd(50_000), dossier.value());
 * String payload = qr.payload();            // render it with any QR library
 * VietQr read = VietQr.parse(payload);     // checks the CRC, lengths and the NAPAS fields
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class VietQr {

  private static final String NAPAS_GUID = "A000000727";
  private static final String TO_ACCOUNT = "QRIBFTTA";
  private static final Pattern BIN = Pattern.compile("[0-9]{6}");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
  private static final Pattern PURPOSE = Pattern.compile("[\\x20-\\x7E]{1,25}");

  private final String bankBin;
  private final String account;
  private final Money amount;
  private final String purpose;
  private final String payload;

  private VietQr(String bankBin, String account, Money amount, String purpose, String payload) {
    this.bankBin = bankBin;
    this.account = account;
    this.amount = amount;
    this.purpose = purpose;
    this.payload = payload;
  }

  /**
   * A dynamic QR (point of initiation {@code 12}) for {@code amount} to {@code account} at the bank
   * with NAPAS BIN {@code bankBin}, with {@code purpose} (such as the mã hồ sơ) in field 62.08.
   *
   * @throws IllegalArgumentException naming the field that does not fit
   */
  public static VietQr dynamic(String bankBin, String account, Money amount, String purpose) {
    require(BIN, bankBin, "bankBin", "6 digits");
    require(ACCOUNT, account, "account", "1 to 19 letters or digits");
    Objects.requireNonNull(amount, "amount");
    require(PURPOSE, purpose, "purpose", "1 to 25 printable ASCII characters, no diacritics");
    String beneficiary = Tlv.field("00", bankBin, "bankBin") + Tlv.field("01", account, "account");
    String merchant =
        Tlv.field("00", NAPAS_GUID, "guid")
            + Tlv.field("01", beneficiary, "beneficiary")
            + Tlv.field("02", TO_ACCOUNT, "service");
    String body =
        Tlv.field("00", "01", "payloadFormat")
            + Tlv.field("01", "12", "pointOfInitiation")
            + Tlv.field("38", merchant, "merchantAccount")
            + Tlv.field("53", "704", "currency")
            + Tlv.field("54", Long.toString(amount.amount()), "amount")
            + Tlv.field("58", "VN", "country")
            + Tlv.field("62", Tlv.field("08", purpose, "purpose"), "additionalData")
            + "6304";
    return new VietQr(bankBin, account, amount, purpose, body + Crc16.hex(body));
  }

  /**
   * Reads a VietQR payload and checks it: the CRC (field 63), every length, the NAPAS GUID, the
   * currency (704) and country (VN).
   *
   * @throws IllegalArgumentException naming the field at fault
   */
  public static VietQr parse(String payload) {
    Objects.requireNonNull(payload, "payload");
    checkCrc(payload);
    Map<String, String> top = Tlv.parse(payload, "payload");
    expect(top, "00", "01", "payload format (field 00)");
    String initiation = top.get("01");
    if (!"11".equals(initiation) && !"12".equals(initiation)) {
      throw new IllegalArgumentException("point of initiation (field 01): must be 11 or 12");
    }
    expect(top, "53", "704", "currency (field 53)");
    expect(top, "58", "VN", "country (field 58)");
    Map<String, String> merchant =
        Tlv.parse(present(top, "38", "merchant account (field 38)"), "field 38");
    expect(merchant, "00", NAPAS_GUID, "NAPAS GUID (field 38.00)");
    Map<String, String> beneficiary =
        Tlv.parse(present(merchant, "01", "beneficiary (field 38.01)"), "field 38.01");
    String bin = present(beneficiary, "00", "bank BIN (field 38.01.00)");
    require(BIN, bin, "bank BIN (field 38.01.00)", "6 digits");
    String account = present(beneficiary, "01", "account (field 38.01.01)");
    Money amount = top.containsKey("54") ? amount(top.get("54")) : null;
    String purpose = top.containsKey("62") ? Tlv.parse(top.get("62"), "field 62").get("08") : null;
    return new VietQr(bin, account, amount, purpose, payload);
  }

  private static void checkCrc(String payload) {
    int at = payload.length() - 8;
    if (at < 0 || !payload.startsWith("6304", at)) {
      throw new IllegalArgumentException(
          "CRC (field 63): must end the payload as 6304 + 4 hex digits");
    }
    String expected = Crc16.hex(payload.substring(0, payload.length() - 4));
    if (!expected.equalsIgnoreCase(payload.substring(payload.length() - 4))) {
      throw new IllegalArgumentException("CRC (field 63): does not match the payload");
    }
  }

  private static Money amount(String text) {
    if (!text.matches("[0-9]{1,13}")) {
      throw new IllegalArgumentException("amount (field 54): must be whole đồng in digits");
    }
    return Money.vnd(Long.parseLong(text));
  }

  private static String present(Map<String, String> fields, String id, String name) {
    String value = fields.get(id);
    if (value == null) {
      throw new IllegalArgumentException(name + ": missing");
    }
    return value;
  }

  private static void expect(Map<String, String> fields, String id, String value, String name) {
    if (!value.equals(present(fields, id, name))) {
      throw new IllegalArgumentException(name + ": must be " + value);
    }
  }

  private static void require(Pattern pattern, String value, String name, String rule) {
    Objects.requireNonNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(name + ": must be " + rule);
    }
  }

  /** The QR payload, ready to render. */
  public String payload() {
    return payload;
  }

  /** The NAPAS BIN of the beneficiary's bank. */
  public String bankBin() {
    return bankBin;
  }

  /** The beneficiary account number. */
  public String account() {
    return account;
  }

  /** The amount; absent in a static QR, where the payer types it. */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** The purpose of the transfer (field 62.08), such as the mã hồ sơ. */
  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  @Override
  public String toString() {
    return payload;
  }
}
