package vn.connector.nationalportal.model;

import java.time.Instant;
import java.util.List;

/**
 * A request for more documents and what came of it ({@code DanhSachHoSoBoSung}).
 *
 * <p>The contract names {@code DanhSachGiayToBoSung} and {@code DanhSachLePhiBoSung} without their
 * items; they are read as {@code TaiLieuNop} and {@code DanhSachLePhi} items (modelled).
 *
 * <pre>{@code
 * Supplement s = Supplement.requested("bs-01", "Trần Thị Bình", "Bổ sung bản sao CCCD",
 *     Instant.now());
 * }</pre>
 *
 * @param id {@code HoSoBoSungId}, required
 * @param requestedBy {@code NguoiYeuCauBoSung}, or null
 * @param content {@code NoiDungBoSung}, required
 * @param requestedAt {@code NgayBoSung}, required
 * @param receivedBy {@code NguoiTiepNhanBoSung}, or null
 * @param receptionInfo {@code ThongTinTiepNhan}, or null
 * @param receivedAt {@code NgayTiepNhanBoSung}, or null
 * @param status {@code TrangThaiBoSung}, the national code as the portal has it, or null
 * @param documents {@code DanhSachGiayToBoSung}
 * @param fees {@code DanhSachLePhiBoSung}
 * @param previousDue {@code NgayHenTraTruoc}, or null
 * @param newDue {@code NgayHenTraMoi}, or null
 */
public record Supplement(
    String id,
    String requestedBy,
    String content,
    Instant requestedAt,
    String receivedBy,
    String receptionInfo,
    Instant receivedAt,
    String status,
    List<SubmittedDocument> documents,
    List<Fee> fees,
    Instant previousDue,
    Instant newDue) {

  public Supplement {
    id = Text.code(id, "supplements.id");
    requestedBy = Text.optional(requestedBy, "supplements.requestedBy", Text.SHORT);
    content = Text.required(content, "supplements.content", Text.LONG);
    if (requestedAt == null) {
      throw new IllegalArgumentException("supplements.requestedAt: is required");
    }
    requestedAt = DossierDates.wire(requestedAt, "supplements.requestedAt");
    receivedBy = Text.optional(receivedBy, "supplements.receivedBy", Text.SHORT);
    receptionInfo = Text.optional(receptionInfo, "supplements.receptionInfo", Text.LONG);
    receivedAt = DossierDates.wire(receivedAt, "supplements.receivedAt");
    status = Text.optional(status, "supplements.status", 64);
    documents = Text.list(documents, "supplements.documents");
    fees = Text.list(fees, "supplements.fees");
    previousDue = DossierDates.wire(previousDue, "supplements.previousDue");
    newDue = DossierDates.wire(newDue, "supplements.newDue");
  }

  /** A request just made: nothing received yet. */
  public static Supplement requested(
      String id, String requestedBy, String content, Instant requestedAt) {
    return new Supplement(
        id,
        requestedBy,
        content,
        requestedAt,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null);
  }
}
