package vn.connector.payment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.connector.core.Money;
import vn.connector.payment.internal.Crc16;
import vn.connector.payment.internal.Tlv;

/**
 * A VietQR code (NAPAS, EMVCo merchant-presented QR, payment.md §3): build the payload of a dynamic
 * QR for a fee or of a static one, to an account or a card, or read and check one.
 *
 * <pre>{@code
 * VietQr qr = VietQr.dynamic("970436", "0011001234567", Money.vnd(50_000), "Le phi ho so");
 * VietQr card = VietQr.builder().bankBin("970436").card("9704360000000000018")
 *     .amount(Money.vnd(50_000)).billNumber(dossier.value()).build();
 * String payload = qr.payload();            // render it with any QR library
 * VietQr read = VietQr.parse(payload);      // CRC, lengths, order, GUID, service code
 * read.kind();                              // DYNAMIC; read.destination(): ACCOUNT
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class VietQr {

  /**
   * Whether the payer types the amount (static, {@code 01=11}) or the QR carries it ({@code 12}).
   */
  public enum Kind {
    STATIC,
    DYNAMIC
  }

  /** Where the money goes: service code {@code QRIBFTTA} (account) or {@code QRIBFTTC} (card). */
  public enum Destination {
    ACCOUNT,
    CARD
  }

  private static final String NAPAS_GUID = "A000000727";
  private static final Map<Destination, String> SERVICE =
      Map.of(Destination.ACCOUNT, "QRIBFTTA", Destination.CARD, "QRIBFTTC");
  private static final Pattern BIN = Pattern.compile("[0-9]{6}");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
  private static final Pattern CARD = Pattern.compile("[0-9]{12,19}");
  private static final Pattern TEXT = Pattern.compile("[\\x20-\\x7E]{1,25}");
  private static final long MAX_AMOUNT = 9_999_999_999_999L; // field 54 holds 13 characters

  private final Builder fields;
  private final String payload;

  private VietQr(Builder fields, String payload) {
    this.fields = fields;
    this.payload = payload;
  }

  /**
   * A dynamic QR (point of initiation {@code 12}) for {@code amount} to {@code account} at the bank
   * with NAPAS BIN {@code bankBin}, with {@code purpose} in field 62.08.
   *
   * @throws IllegalArgumentException naming the field that does not fit
   */
  public static VietQr dynamic(String bankBin, String account, Money amount, String purpose) {
    return builder()
        .bankBin(bankBin)
        .account(account)
        .amount(Objects.requireNonNull(amount, "amount"))
        .purpose(purpose)
        .build();
  }

  /** A builder: bank BIN and account (or card) required; without an amount the QR is static. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a VietQR payload and checks it: {@code 00} first and a real {@code 63} last (not a {@code
   * 6304} inside another value), its CRC, every length, the NAPAS GUID and service code, the
   * currency (704), the country (VN), and an amount exactly when the QR is dynamic.
   *
   * @throws IllegalArgumentException naming the field at fault
   */
  public static VietQr parse(String payload) {
    Map<String, String> top = Tlv.parse(Objects.requireNonNull(payload, "payload"), "payload");
    List<String> ids = List.copyOf(top.keySet());
    if (ids.isEmpty() || !ids.get(0).equals("00")) {
      throw new IllegalArgumentException("payload format (field 00): must come first");
    }
    if (!ids.get(ids.size() - 1).equals("63") || top.get("63").length() != 4) {
      throw new IllegalArgumentException("CRC (field 63): must be the last field, 4 hex digits");
    }
    String expected = Crc16.hex(payload.substring(0, payload.length() - 4));
    if (!expected.equalsIgnoreCase(top.get("63"))) {
      throw new IllegalArgumentException("CRC (field 63): does not match the payload");
    }
    expect(top, "00", "01", "payload format (field 00)");
    expect(top, "53", "704", "currency (field 53)");
    expect(top, "58", "VN", "country (field 58)");
    Builder read =
        merchant(Tlv.parse(present(top, "38", "merchant account (field 38)"), "field 38"));
    Kind kind = kind(top.get("01"), top.containsKey("54"));
    if (kind == Kind.DYNAMIC) {
      read.amount(amount(top.get("54")));
    }
    if (top.containsKey("62")) {
      Map<String, String> extra = Tlv.parse(top.get("62"), "field 62");
      Optional.ofNullable(extra.get("01")).ifPresent(read::billNumber);
      Optional.ofNullable(extra.get("08")).ifPresent(read::purpose);
    }
    return new VietQr(read.copy(), payload);
  }

  private static Builder merchant(Map<String, String> merchant) {
    expect(merchant, "00", NAPAS_GUID, "NAPAS GUID (field 38.00)");
    String service = present(merchant, "02", "service code (field 38.02)");
    Destination destination =
        SERVICE.entrySet().stream()
            .filter(e -> e.getValue().equals(service))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "service code (field 38.02): must be QRIBFTTA or QRIBFTTC"));
    Map<String, String> beneficiary =
        Tlv.parse(present(merchant, "01", "beneficiary (field 38.01)"), "field 38.01");
    Builder read = builder().bankBin(present(beneficiary, "00", "bank BIN (field 38.01.00)"));
    String number = present(beneficiary, "01", "account or card (field 38.01.01)");
    return destination == Destination.CARD ? read.card(number) : read.account(number);
  }

  private static Kind kind(String initiation, boolean hasAmount) {
    if ("11".equals(initiation)) {
      if (hasAmount) {
        throw new IllegalArgumentException("amount (field 54): a static QR carries none");
      }
      return Kind.STATIC;
    }
    if ("12".equals(initiation)) {
      if (!hasAmount) {
        throw new IllegalArgumentException("amount (field 54): missing in a dynamic QR");
      }
      return Kind.DYNAMIC;
    }
    throw new IllegalArgumentException("point of initiation (field 01): must be 11 or 12");
  }

  private static Money amount(String text) {
    if (!text.matches("[0-9]{1,13}") || Long.parseLong(text) == 0) {
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

  private static String require(Pattern pattern, String value, String name, String rule) {
    Objects.requireNonNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(name + ": must be " + rule);
    }
    return value;
  }

  /** The QR payload, ready to render. */
  public String payload() {
    return payload;
  }

  /** Static (the payer types the amount) or dynamic (the QR carries it). */
  public Kind kind() {
    return fields.amount == null ? Kind.STATIC : Kind.DYNAMIC;
  }

  /** To an account ({@code QRIBFTTA}) or a card ({@code QRIBFTTC}). */
  public Destination destination() {
    return fields.destination;
  }

  /** The NAPAS BIN of the beneficiary's bank. */
  public String bankBin() {
    return fields.bankBin;
  }

  /** The beneficiary account or card number. */
  public String account() {
    return fields.number;
  }

  /** The amount; absent in a static QR, where the payer types it. */
  public Optional<Money> amount() {
    return Optional.ofNullable(fields.amount);
  }

  /** The bill number (field 62.01), such as the mã hồ sơ or the MaThamChieu. */
  public Optional<String> billNumber() {
    return Optional.ofNullable(fields.billNumber);
  }

  /** The purpose of the transfer (field 62.08). */
  public Optional<String> purpose() {
    return Optional.ofNullable(fields.purpose);
  }

  @Override
  public String toString() {
    return payload;
  }

  /** Fields of a VietQR to build; each setter checks its value and names the field at fault. */
  public static final class Builder {
    private String bankBin;
    private String number;
    private Destination destination;
    private Money amount;
    private String billNumber;
    private String purpose;

    private Builder() {}

    public Builder bankBin(String bankBin) {
      this.bankBin = require(BIN, bankBin, "bankBin", "6 digits");
      return this;
    }

    /** Transfer to an account (service code {@code QRIBFTTA}). */
    public Builder account(String account) {
      this.number = require(ACCOUNT, account, "account", "1 to 19 letters or digits");
      this.destination = Destination.ACCOUNT;
      return this;
    }

    /** Transfer to a card (service code {@code QRIBFTTC}). */
    public Builder card(String cardNumber) {
      this.number = require(CARD, cardNumber, "card", "12 to 19 digits");
      this.destination = Destination.CARD;
      return this;
    }

    /** The amount: the QR becomes dynamic. At most 13 digits, as field 54 holds. */
    public Builder amount(Money amount) {
      if (Objects.requireNonNull(amount, "amount").amount() > MAX_AMOUNT) {
        throw new IllegalArgumentException("amount: at most 13 digits (field 54)");
      }
      this.amount = amount;
      return this;
    }

    /** Field 62.01, such as the mã hồ sơ or the MaThamChieu. */
    public Builder billNumber(String billNumber) {
      this.billNumber = require(TEXT, billNumber, "billNumber", ascii());
      return this;
    }

    /** Field 62.08, the purpose of the transfer. */
    public Builder purpose(String purpose) {
      this.purpose = require(TEXT, purpose, "purpose", ascii());
      return this;
    }

    private static String ascii() {
      return "1 to 25 printable ASCII characters, no diacritics";
    }

    private Builder copy() {
      Builder c = new Builder();
      c.bankBin = bankBin;
      c.number = number;
      c.destination = destination;
      c.amount = amount;
      c.billNumber = billNumber;
      c.purpose = purpose;
      return c;
    }

    /** The QR, its CRC computed. */
    public VietQr build() {
      if (bankBin == null || number == null) {
        throw new IllegalStateException("bankBin and an account or card are required");
      }
      String beneficiary = Tlv.field("00", bankBin, "bankBin") + Tlv.field("01", number, "account");
      String merchant =
          Tlv.field("00", NAPAS_GUID, "guid")
              + Tlv.field("01", beneficiary, "beneficiary")
              + Tlv.field("02", SERVICE.get(destination), "service");
      String extra =
          (billNumber == null ? "" : Tlv.field("01", billNumber, "billNumber"))
              + (purpose == null ? "" : Tlv.field("08", purpose, "purpose"));
      String body =
          Tlv.field("00", "01", "payloadFormat")
              + Tlv.field("01", amount == null ? "11" : "12", "pointOfInitiation")
              + Tlv.field("38", merchant, "merchantAccount")
              + Tlv.field("53", "704", "currency")
              + (amount == null ? "" : Tlv.field("54", Long.toString(amount.amount()), "amount"))
              + Tlv.field("58", "VN", "country")
              + (extra.isEmpty() ? "" : Tlv.field("62", extra, "additionalData"))
              + "6304";
      return new VietQr(copy(), body + Crc16.hex(body));
    }
  }
}
