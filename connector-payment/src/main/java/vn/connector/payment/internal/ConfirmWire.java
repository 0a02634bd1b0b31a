package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import vn.connector.core.internal.Hex;

/** The CONFIRM message (platform → portal) and the portal's answer. */
public final class ConfirmWire {

  private ConfirmWire() {}

  /**
   * A CONFIRM as received. {@code amountText} is SoTien exactly as the platform wrote it (a JSON
   * number or a string), because that text is what it signed.
   */
  public record Confirm(
      String messageType,
      String code,
      String partnerCode,
      String reference,
      String amountText,
      JsonNode amountNode,
      String currency,
      String transactionId,
      String bankCode,
      String time,
      String description,
      String checksum) {

    /** Whether MaXacThuc matches, compared in constant time. */
    public boolean checksumValid(String secret) {
      String expected =
          MaXacThuc.of(
              secret,
              java.util.List.of(
                  messageType,
                  code,
                  partnerCode,
                  reference,
                  amountText,
                  currency,
                  transactionId,
                  bankCode,
                  time,
                  description));
      return Hex.equalsConstantTime(expected, checksum);
    }

    /** The amount, or IllegalArgumentException naming SoTien. */
    public long amount() {
      return WireAmount.read(amountNode, "SoTien");
    }

    public Optional<Instant> at() {
      return WireTime.parse(time);
    }
  }

  /** Reads a CONFIRM; IllegalArgumentException naming what is missing or not JSON. */
  public static Confirm parse(byte[] body) {
    JsonNode m = PaymentJson.callback(body);
    if (!"CONFIRM".equals(m.path("LoaiBanTin").asText())) {
      throw new IllegalArgumentException("LoaiBanTin: must be CONFIRM");
    }
    JsonNode amount = m.get("SoTien");
    return new Confirm(
        "CONFIRM",
        required(m, "MaLoi"),
        required(m, "MaDoiTac"),
        required(m, "MaThamChieu"),
        amount == null || amount.isNull() ? "" : amount.asText(),
        amount,
        text(m, "MaTienTe"),
        text(m, "MaGiaoDich"),
        text(m, "MaNganHang"),
        text(m, "ThoiGianGD"),
        text(m, "ThongTinGiaoDich"),
        required(m, "MaXacThuc"));
  }

  /**
   * The portal's answer. MaXacThuc echoes the one received, as both portals seen do; the answer
   * carries the portal's own time. For a body that could not be read, the fields echo nothing.
   */
  public static String answer(
      boolean ok, String description, Incoming confirm, String partnerCode, Instant now) {
    ObjectNode a = PaymentJson.object();
    a.put("MaLoi", ok ? "00" : "99");
    a.put("MoTaLoi", description);
    a.put("MaDoiTac", confirm == null ? partnerCode : confirm.partnerCode());
    a.put("MaThamChieu", confirm == null ? "" : confirm.reference());
    a.put("ThoiGianGD", WireTime.format(now));
    a.put("MaXacThuc", confirm == null ? "" : confirm.echo());
    return PaymentJson.text(a);
  }

  private static String required(JsonNode m, String field) {
    JsonNode v = m.get(field);
    if (v == null || v.isNull() || v.asText().isEmpty()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    return v.asText();
  }

  private static String text(JsonNode m, String field) {
    JsonNode v = m.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
