package vn.connector.nationalportal.model;

import java.time.Instant;
import java.util.List;
import vn.connector.core.DossierCode;
import vn.connector.core.Masking;

/**
 * The state of a promotion-notice dossier ({@code DongBoTrangThaiHoSo}, {@code type "2"}): only
 * states 2 (received) and 5 (supplement requested) travel this way. The items of {@code
 * TaiLieuXuLy} are read as {@code TaiLieuNop} items (modelled: the contract names the list only).
 *
 * <pre>{@code
 * PromotionNotice notice = new PromotionNotice(DossierCode.parse("000.00.01.H22-241115-0001"),
 *     "NB-2024-0001", "tech-0001", "Đã tiếp nhận thông báo", Instant.now(),
 *     DossierStatus.RECEIVED, List.of());
 * }</pre>
 *
 * @param dossier {@code MaHoSo}
 * @param unitDossierCode {@code MaHoSoDonVi}, the unit's own code, required
 * @param techId {@code MaDoiTuong}, the applicant's TechID, or null
 * @param content {@code NoiDung}, required
 * @param handledAt {@code NgayXuLy}, required
 * @param status {@code TrangThai}: {@link DossierStatus#RECEIVED} or {@link
 *     DossierStatus#SUPPLEMENT_REQUESTED}
 * @param documents {@code TaiLieuXuLy}
 */
public record PromotionNotice(
    DossierCode dossier,
    String unitDossierCode,
    String techId,
    String content,
    Instant handledAt,
    DossierStatus status,
    List<SubmittedDocument> documents) {

  public PromotionNotice {
    DossierRules.code(dossier);
    unitDossierCode = Text.code(unitDossierCode, "notice.unitDossierCode");
    techId = techId == null ? null : Text.code(techId, "notice.techId");
    content = Text.required(content, "notice.content", Text.LONG);
    if (handledAt == null) {
      throw new IllegalArgumentException("notice.handledAt: is required");
    }
    handledAt = DossierDates.wire(handledAt, "notice.handledAt");
    if (status != DossierStatus.RECEIVED && status != DossierStatus.SUPPLEMENT_REQUESTED) {
      throw new IllegalArgumentException(
          "notice.status: must be RECEIVED (2) or SUPPLEMENT_REQUESTED (5), was " + status);
    }
    documents = Text.list(documents, "notice.documents");
  }

  @Override
  public String toString() {
    return "PromotionNotice["
        + dossier.value()
        + ", status "
        + status.code()
        + ", techId "
        + (techId == null ? "none" : Masking.identifier(techId))
        + "]";
  }
}
