package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import vn.connector.core.Money;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.PaymentStatus;

/** QUERY and GET_BILL requests (same fields, same checksum) and the QUERY answer. */
public final class QueryWire {

  private QueryWire() {}

  /**
   * @param type {@code "QUERY"} or {@code "GET_BILL"}
   */
  public static byte[] encode(
      String type, String partnerCode, PaymentReference reference, String secret, Instant at) {
    ObjectNode m = PaymentJson.object();
    m.put("LoaiBanTin", type);
    m.put("PhienBan", InitWire.VERSION);
    m.put("MaDoiTac", partnerCode);
    m.put("MaThamChieu", reference.value());
    m.put("ThoiGianGD", WireTime.format(at));
    m.put("MaXacThuc", MaXacThuc.of(secret, InitWire.values(m, MaXacThuc.QUERY)));
    return PaymentJson.bytes(m);
  }

  /**
   * The status in a QUERY answer.
   *
   * <p>Refusals never get here: {@link PlatformAnswers#PLATFORM} has ended the call on them.
   *
   * @throws IllegalArgumentException when the answer is unreadable
   */
  public static PaymentStatus status(PaymentReference asked, JsonNode answer) {
    if (!PlatformAnswers.OK.equals(answer.path("MaLoi").asText(""))) {
      throw new IllegalArgumentException("MaLoi: missing");
    }
    String message = answer.path("MoTaLoi").asText("");
    String reference = answer.path("MaThamChieu").asText("");
    if (!asked.value().equals(reference)) {
      throw new IllegalArgumentException("MaThamChieu: the answer is about another attempt");
    }
    return new PaymentStatus(
        asked,
        state(answer.path("TrangThaiGD").asText("")),
        amount(answer.get("SoTien")),
        nonEmpty(answer, "MaGiaoDich"),
        nonEmpty(answer, "MaNganHang"),
        WireTime.parse(answer.path("ThoiGianGD").asText("")),
        message);
  }

  /** TrangThaiGD codes as one portal's comments give them: 1 paid, 3 pending, 4 failed. */
  static PaymentState state(String code) {
    switch (code) {
      case "1":
        return PaymentState.PAID;
      case "3":
        return PaymentState.PENDING;
      case "4":
        return PaymentState.FAILED;
      default:
        throw new IllegalArgumentException("TrangThaiGD: unknown value \"" + code + "\"");
    }
  }

  private static Optional<Money> amount(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Money.vnd(WireAmount.read(node, "SoTien")));
  }

  private static Optional<String> nonEmpty(JsonNode answer, String field) {
    String v = answer.path(field).asText("");
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }
}
