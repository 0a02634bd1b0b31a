package vn.connector.nationalportal.model;

import java.time.Instant;
import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * One step of a dossier's processing ({@code TienDo}), pushed so that the national portal shows
 * where the dossier is.
 *
 * <pre>{@code
 * ProgressEntry received = ProgressEntry.reception(
 *     DossierCode.parse("000.00.01.H22-241115-0001"), "Trần Thị Bình", Instant.now());
 * ProgressEntry step = new ProgressEntry(received.dossier(), "Lê Văn Cường", "Chuyên viên",
 *     Instant.now(), "Phòng Tư pháp", "Thẩm định hồ sơ", DossierStatus.IN_PROGRESS, null, null);
 * }</pre>
 *
 * @param dossier {@code MaHoSo}
 * @param officer {@code NguoiXuLy}, required
 * @param title {@code ChucDanh}, or null
 * @param handledAt {@code ThoiDiemXuLy}, required
 * @param department {@code PhongBanXuLy}, or null
 * @param content {@code NoiDungXuLy}, required
 * @param status {@code TrangThai}, the national state after this step
 * @param startedAt {@code NgayBatDau}, or null
 * @param dueAt {@code NgayKetThucTheoQuyDinh}, the due date of the step, or null
 */
public record ProgressEntry(
    DossierCode dossier,
    String officer,
    String title,
    Instant handledAt,
    String department,
    String content,
    DossierStatus status,
    Instant startedAt,
    Instant dueAt) {

  public ProgressEntry {
    DossierRules.code(dossier);
    officer = Text.required(officer, "progress.officer", Text.SHORT);
    title = Text.optional(title, "progress.title", Text.SHORT);
    if (handledAt == null) {
      throw new IllegalArgumentException("progress.handledAt: is required");
    }
    handledAt = DossierDates.wire(handledAt, "progress.handledAt");
    department = Text.optional(department, "progress.department", Text.SHORT);
    content = Text.required(content, "progress.content", Text.LONG);
    if (status == null) {
      throw new IllegalArgumentException("progress.status: is required");
    }
    startedAt = DossierDates.wire(startedAt, "progress.startedAt");
    dueAt = DossierDates.wire(dueAt, "progress.dueAt");
  }

  /**
   * The first entry some portals push: "Tiếp nhận hồ sơ" in state 2 (national-portal.md, "one
   * portal adds a first progress entry").
   */
  public static ProgressEntry reception(DossierCode dossier, String officer, Instant at) {
    Objects.requireNonNull(at, "at");
    return new ProgressEntry(
        dossier, officer, null, at, null, "Tiếp nhận hồ sơ", DossierStatus.RECEIVED, at, null);
  }

  @Override
  public String toString() {
    return "ProgressEntry["
        + dossier.value()
        + ", status "
        + status.code()
        + ", "
        + handledAt
        + "]";
  }
}
