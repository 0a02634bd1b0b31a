package vn.connector.payment.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import vn.connector.core.internal.Json;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;

/** The INIT message (portal → platform) and its two answer shapes. */
public final class InitWire {

  static final String VERSION = "1.0.6";

  private InitWire() {}

  /**
   * The INIT body for one attempt; {@code at} and {@code ip} are signed, so fix them per attempt.
   * Written field by field, in the contract's order (a tree built first and then written took a
   * quarter of an INIT's CPU, issue 16; {@code InitTree} in the tests is that tree, and the bytes
   * are checked to be the same).
   */
  public static byte[] encode(
      PaymentRequest request,
      PaymentReference reference,
      String partnerCode,
      String secret,
      Instant at,
      String ip) {
    String[] signed = {
      "INIT",
      VERSION,
      partnerCode,
      reference.value(),
      Long.toString(request.amount().amount()),
      "PAY",
      "1",
      "1",
      "vi-VN",
      "VND",
      "PAYMENT",
      request.description(),
      WireTime.format(at),
      ip
    };
    String checksum = MaXacThuc.of(secret, Arrays.asList(signed));
    return Json.bytes(
        1536, // an INIT with two fee lines is about 1.4 KB
        g -> {
          g.writeStartObject();
          // The signed fields go on the wire first, in their signing order, as they always have.
          for (int i = 0; i < signed.length; i++) {
            g.writeStringField(MaXacThuc.INIT.get(i), signed[i]);
          }
          g.writeStringField("MaXacThuc", checksum);
          if (request.returnTo().isPresent()) {
            g.writeStringField("return_url", request.returnTo().get().toString());
          }
          g.writeFieldName("ThongTinBienLai");
          receipt(g, request);
          g.writeEndObject();
        });
  }

  private static void receipt(JsonGenerator g, PaymentRequest r) throws IOException {
    g.writeStartObject();
    g.writeStringField("MaDichVu", "2"); // phí/lệ phí of an administrative procedure; "1": a fine
    g.writeStringField("MaDVC", r.service().code());
    g.writeStringField("TenDVC", r.service().name());
    g.writeStringField("MaTTHC", r.service().procedure().value());
    g.writeStringField("TenTTHC", r.service().procedureName());
    g.writeStringField("MaDonVi", r.collector().agency().value());
    g.writeStringField("TenDonVi", r.collector().agencyName());
    g.writeStringField("MaHoSo", r.dossier().value());
    g.writeStringField("TKThuHuong", r.collector().account());
    g.writeStringField("MaNHThuHuong", r.collector().bankCode());
    g.writeStringField("TenTKThuHuong", r.collector().accountName());
    g.writeStringField("NoiDungThanhToan", r.description());
    g.writeStringField("HoTenNguoiNop", r.payer().name().value());
    g.writeStringField("SoCMNDNguoiNop", r.payer().id().map(id -> id.value()).orElse(""));
    g.writeStringField("DiaChiNguoiNop", r.payer().address());
    g.writeStringField("HuyenNguoiNop", r.payer().district());
    g.writeStringField("TinhNguoiNop", r.payer().province());
    g.writeArrayFieldStart("PhiLePhi");
    for (FeeLine fee : r.fees()) {
      g.writeStartObject();
      g.writeStringField("LoaiPhiLePhi", feeKind(fee.kind()));
      g.writeStringField("MaPhiLePhi", fee.code());
      g.writeStringField("TenPhiLePhi", fee.name());
      g.writeStringField("SoTien", Long.toString(fee.amount().amount()));
      g.writeEndObject();
    }
    g.writeEndArray();
    // Modelled: DSKhoanNop repeats the fee lines as (content, amount); no portal seen sends items
    // that differ from its fee lines.
    g.writeArrayFieldStart("DSKhoanNop");
    for (FeeLine fee : r.fees()) {
      g.writeStartObject();
      g.writeStringField("NoiDung", fee.name());
      g.writeStringField("SoTien", Long.toString(fee.amount().amount()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** LoaiPhiLePhi: portals differ ("Phi" in one); "1" phí / "2" lệ phí is the modelled choice. */
  static String feeKind(FeeKind kind) {
    return kind == FeeKind.FEE ? "1" : "2";
  }

  /**
   * The payment URL of an INIT answer, in either shape seen: {@code {"error_code":"0",
   * "message":"{\"UrlThanhToan\":…}"}} (the message a JSON string) or {@code {"MaLoi":"00",
   * "UrlThanhToan":…}}.
   *
   * <p>Refusals never get here: {@link PlatformAnswers#PLATFORM} has ended the call on them.
   *
   * @throws IllegalArgumentException when the answer is in neither shape
   */
  public static URI paymentUrl(JsonNode answer) {
    if (answer.hasNonNull("MaLoi")) {
      return url(answer.path("UrlThanhToan"));
    }
    if (answer.hasNonNull("error_code")) {
      return url(PaymentJson.parse(answer.path("message").asText("")).path("UrlThanhToan"));
    }
    throw new IllegalArgumentException("INIT answer: neither error_code nor MaLoi present");
  }

  private static URI url(JsonNode node) {
    String text = node.asText("");
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("UrlThanhToan: not a URL", e);
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("UrlThanhToan: must be an http(s) URL");
    }
    return uri;
  }
}
