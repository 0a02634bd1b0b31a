package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
   */
  public static byte[] encode(
      PaymentRequest request,
      PaymentReference reference,
      String partnerCode,
      String secret,
      Instant at,
      String ip) {
    ObjectNode m = PaymentJson.object();
    m.put("LoaiBanTin", "INIT");
    m.put("PhienBan", VERSION);
    m.put("MaDoiTac", partnerCode);
    m.put("MaThamChieu", reference.value());
    m.put("SoTien", Long.toString(request.amount().amount()));
    m.put("LoaiHinhThanhToan", "PAY");
    m.put("MaKenhThanhToan", "1");
    m.put("MaThietBi", "1");
    m.put("NgonNgu", "vi-VN");
    m.put("MaTienTe", "VND");
    m.put("MaNganHang", "PAYMENT");
    m.put("ThongTinGiaoDich", request.description());
    m.put("ThoiGianGD", WireTime.format(at));
    m.put("Ip", ip);
    m.put("MaXacThuc", MaXacThuc.of(secret, values(m, MaXacThuc.INIT)));
    request.returnTo().ifPresent(url -> m.put("return_url", url.toString()));
    m.set("ThongTinBienLai", receipt(request));
    return PaymentJson.bytes(m);
  }

  private static ObjectNode receipt(PaymentRequest r) {
    ObjectNode b = PaymentJson.object();
    b.put("MaDichVu", "2"); // phí/lệ phí of an administrative procedure; "1" would be a fine
    b.put("MaDVC", r.service().code());
    b.put("TenDVC", r.service().name());
    b.put("MaTTHC", r.service().procedure().value());
    b.put("TenTTHC", r.service().procedureName());
    b.put("MaDonVi", r.collector().agency().value());
    b.put("TenDonVi", r.collector().agencyName());
    b.put("MaHoSo", r.dossier().value());
    b.put("TKThuHuong", r.collector().account());
    b.put("MaNHThuHuong", r.collector().bankCode());
    b.put("TenTKThuHuong", r.collector().accountName());
    b.put("NoiDungThanhToan", r.description());
    b.put("HoTenNguoiNop", r.payer().name().value());
    b.put("SoCMNDNguoiNop", r.payer().id().map(id -> id.value()).orElse(""));
    b.put("DiaChiNguoiNop", r.payer().address());
    b.put("HuyenNguoiNop", r.payer().district());
    b.put("TinhNguoiNop", r.payer().province());
    ArrayNode fees = b.putArray("PhiLePhi");
    ArrayNode items = b.putArray("DSKhoanNop");
    for (FeeLine fee : r.fees()) {
      ObjectNode f = fees.addObject();
      f.put("LoaiPhiLePhi", feeKind(fee.kind()));
      f.put("MaPhiLePhi", fee.code());
      f.put("TenPhiLePhi", fee.name());
      f.put("SoTien", Long.toString(fee.amount().amount()));
      // Modelled: DSKhoanNop repeats the fee lines as (content, amount); no portal seen sends
      // items that differ from its fee lines.
      ObjectNode i = items.addObject();
      i.put("NoiDung", fee.name());
      i.put("SoTien", Long.toString(fee.amount().amount()));
    }
    return b;
  }

  /** LoaiPhiLePhi: portals differ ("Phi" in one); "1" phí / "2" lệ phí is the modelled choice. */
  static String feeKind(FeeKind kind) {
    return kind == FeeKind.FEE ? "1" : "2";
  }

  static List<String> values(JsonNode message, List<String> fields) {
    List<String> values = new ArrayList<>(fields.size());
    for (String field : fields) {
      JsonNode v = message.get(field);
      values.add(v == null || v.isNull() ? "" : v.asText());
    }
    return values;
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
