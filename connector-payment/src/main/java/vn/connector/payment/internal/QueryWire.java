package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import vn.connector.core.Money;
import vn.connector.core.internal.Json;
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
    String time = WireTime.format(at);
    String checksum =
        MaXacThuc.of(
            secret, Arrays.asList(type, InitWire.VERSION, partnerCode, reference.value(), time));
    return Json.bytes(
        g -> {
          g.writeStartObject();
          g.writeStringField("LoaiBanTin", type);
          g.writeStringField("PhienBan", InitWire.VERSION);
          g.writeStringField("MaDoiTac", partnerCode);
          g.writeStringField("MaThamChieu", reference.value());
          g.writeStringField("ThoiGianGD", time);
          g.writeStringField("MaXacThuc", checksum);
          g.writeEndObject();
        });
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
