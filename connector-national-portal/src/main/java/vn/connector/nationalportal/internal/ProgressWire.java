package vn.connector.nationalportal.internal;

import static vn.connector.nationalportal.internal.WireValues.put;
import static vn.connector.nationalportal.internal.WireValues.text;
import static vn.connector.nationalportal.internal.WireValues.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.connector.core.DossierCode;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.PromotionNotice;

/** {@code TienDo} and the {@code DongBoTrangThaiHoSo} data object, written and read. */
public final class ProgressWire {

  private ProgressWire() {}

  public static ObjectNode write(ProgressEntry e) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("MaHoSo", e.dossier().value());
    n.put("NguoiXuLy", e.officer());
    put(n, "ChucDanh", e.title());
    put(n, "ThoiDiemXuLy", e.handledAt());
    put(n, "PhongBanXuLy", e.department());
    n.put("NoiDungXuLy", e.content());
    n.put("TrangThai", e.status().code());
    put(n, "NgayBatDau", e.startedAt());
    put(n, "NgayKetThucTheoQuyDinh", e.dueAt());
    return n;
  }

  public static ProgressEntry read(JsonNode n) {
    return new ProgressEntry(
        DossierCode.parse(text(n, "MaHoSo")),
        text(n, "NguoiXuLy"),
        text(n, "ChucDanh"),
        time(n, "ThoiDiemXuLy"),
        text(n, "PhongBanXuLy"),
        text(n, "NoiDungXuLy"),
        DossierStatus.fromCode(text(n, "TrangThai")),
        time(n, "NgayBatDau"),
        time(n, "NgayKetThucTheoQuyDinh"));
  }

  public static ObjectNode write(PromotionNotice p) {
    return (ObjectNode)
        Json.tree(
            g -> {
              g.writeStartObject();
              g.writeStringField("MaHoSo", p.dossier().value());
              g.writeStringField("MaHoSoDonVi", p.unitDossierCode());
              put(g, "MaDoiTuong", p.techId());
              g.writeStringField("NoiDung", p.content());
              put(g, "NgayXuLy", p.handledAt());
              g.writeStringField("TrangThai", p.status().code());
              PartsWire.documents(g, "TaiLieuXuLy", p.documents());
              g.writeEndObject();
            });
  }

  public static PromotionNotice readNotice(JsonNode n) {
    return new PromotionNotice(
        DossierCode.parse(text(n, "MaHoSo")),
        text(n, "MaHoSoDonVi"),
        text(n, "MaDoiTuong"),
        text(n, "NoiDung"),
        time(n, "NgayXuLy"),
        DossierStatus.fromCode(text(n, "TrangThai")),
        DossierReader.list(n.get("TaiLieuXuLy"), PartsReader::document));
  }
}
