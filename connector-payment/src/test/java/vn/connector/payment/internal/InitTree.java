package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;

/**
 * INIT, QUERY and GET_BILL as the wire layer built them before they were written field by field: a
 * Jackson tree, the checksum read back from it. Kept here only as the reference the streaming
 * writers are compared with.
 */
final class InitTree {

  private InitTree() {}

  static byte[] init(
      PaymentRequest request,
      PaymentReference reference,
      String partnerCode,
      String secret,
      Instant at,
      String ip) {
    ObjectNode m = PaymentJson.object();
    m.put("LoaiBanTin", "INIT");
    m.put("PhienBan", InitWire.VERSION);
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

  static byte[] query(
      String type, String partnerCode, PaymentReference reference, String secret, Instant at) {
    ObjectNode m = PaymentJson.object();
    m.put("LoaiBanTin", type);
    m.put("PhienBan", InitWire.VERSION);
    m.put("MaDoiTac", partnerCode);
    m.put("MaThamChieu", reference.value());
    m.put("ThoiGianGD", WireTime.format(at));
    m.put("MaXacThuc", MaXacThuc.of(secret, values(m, MaXacThuc.QUERY)));
    return PaymentJson.bytes(m);
  }

  private static ObjectNode receipt(PaymentRequest r) {
    ObjectNode b = PaymentJson.object();
    b.put("MaDichVu", "2");
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
      f.put("LoaiPhiLePhi", InitWire.feeKind(fee.kind()));
      f.put("MaPhiLePhi", fee.code());
      f.put("TenPhiLePhi", fee.name());
      f.put("SoTien", Long.toString(fee.amount().amount()));
      ObjectNode i = items.addObject();
      i.put("NoiDung", fee.name());
      i.put("SoTien", Long.toString(fee.amount().amount()));
    }
    return b;
  }

  private static List<String> values(JsonNode message, List<String> fields) {
    List<String> values = new ArrayList<>(fields.size());
    for (String field : fields) {
      JsonNode v = message.get(field);
      values.add(v == null || v.isNull() ? "" : v.asText());
    }
    return values;
  }
}
