package vn.connector.civilregistry.model;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;

/**
 * A status change the province reports back to the interlinked service. Build it with {@link
 * #builder}; a supplement request without a deadline gets the contract's default, 7 working days
 * after {@code at}.
 *
 * <pre>{@code
 * StatusUpdate update = StatusUpdate.builder(ProcedureCode.parse("1.001193"), "HSLT-0001",
 *         DossierCode.parse("000.00.01.H22-261201-0001"), InterlinkedState.RESULT,
 *         LocalDateTime.of(2026, 12, 3, 9, 0))
 *     .handler("Nguyễn Văn Bảo", "Công chức tư pháp - hộ tịch", "UBND phường Phúc Xá")
 *     .content("Đã cấp giấy khai sinh")
 *     .result(pdfBytes, "GKS-2026-000123")
 *     .build();
 * }</pre>
 *
 * @param procedureCode mã TTHC
 * @param interlinkedCode số hồ sơ liên thông
 * @param dossierCode mã hồ sơ
 * @param state trạng thái
 * @param at thời gian thực hiện (Vietnam's local time)
 * @param note ghi chú, or null
 * @param handler người xử lý, or null
 * @param title chức danh, or null
 * @param department phòng ban xử lý, or null
 * @param content nội dung xử lý, or null
 * @param startedAt ngày bắt đầu, or null
 * @param dueAt ngày kết thúc theo quy định, or null
 * @param earlierAppointment ngày hẹn trả trước, or null
 * @param newAppointment ngày hẹn trả mới, or null
 * @param supplementDeadline hạn bổ sung hồ sơ; set for {@link
 *     InterlinkedState#SUPPLEMENT_REQUESTED}
 * @param certificatePdf the certificate (a PDF) for a result, or null
 * @param resultDocumentCode mã giấy tờ kết quả, or null
 */
public record StatusUpdate(
    ProcedureCode procedureCode,
    String interlinkedCode,
    DossierCode dossierCode,
    InterlinkedState state,
    LocalDateTime at,
    String note,
    String handler,
    String title,
    String department,
    String content,
    LocalDateTime startedAt,
    LocalDateTime dueAt,
    LocalDateTime earlierAppointment,
    LocalDateTime newAppointment,
    LocalDateTime supplementDeadline,
    byte[] certificatePdf,
    String resultDocumentCode) {

  public StatusUpdate {
    Objects.requireNonNull(procedureCode, "procedureCode");
    interlinkedCode = Checks.requiredText(interlinkedCode, "interlinkedCode", 60);
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    note = Checks.optionalText(note, "note", 2000);
    handler = Checks.optionalText(handler, "handler", 200);
    title = Checks.optionalText(title, "title", 200);
    department = Checks.optionalText(department, "department", 300);
    content = Checks.optionalText(content, "content", 2000);
    if (state == InterlinkedState.SUPPLEMENT_REQUESTED && supplementDeadline == null) {
      supplementDeadline = WorkingDays.after(at, 7);
    }
    if (certificatePdf != null) {
      certificatePdf = certificatePdf.clone();
      if (!isPdf(certificatePdf)) {
        throw new IllegalArgumentException("certificatePdf: is not a PDF (no %PDF- header)");
      }
    }
    resultDocumentCode = Checks.optionalText(resultDocumentCode, "resultDocumentCode", 100);
  }

  public static Builder builder(
      ProcedureCode procedureCode,
      String interlinkedCode,
      DossierCode dossierCode,
      InterlinkedState state,
      LocalDateTime at) {
    return new Builder(procedureCode, interlinkedCode, dossierCode, state, at);
  }

  @Override
  public byte[] certificatePdf() {
    return certificatePdf == null ? null : certificatePdf.clone();
  }

  public Optional<LocalDateTime> optionalSupplementDeadline() {
    return Optional.ofNullable(supplementDeadline);
  }

  private static boolean isPdf(byte[] b) {
    return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
  }

  @Override
  public String toString() {
    return "StatusUpdate[" + dossierCode + " " + state + " at " + at + "]";
  }

  /** Builds a {@link StatusUpdate}; the optional fields default to none. */
  public static final class Builder {
    private final ProcedureCode procedureCode;
    private final String interlinkedCode;
    private final DossierCode dossierCode;
    private final InterlinkedState state;
    private final LocalDateTime at;
    private String note;
    private String handler;
    private String title;
    private String department;
    private String content;
    private LocalDateTime startedAt;
    private LocalDateTime dueAt;
    private LocalDateTime earlierAppointment;
    private LocalDateTime newAppointment;
    private LocalDateTime supplementDeadline;
    private byte[] pdf;
    private String resultCode;

    private Builder(
        ProcedureCode procedureCode,
        String interlinkedCode,
        DossierCode dossierCode,
        InterlinkedState state,
        LocalDateTime at) {
      this.procedureCode = procedureCode;
      this.interlinkedCode = interlinkedCode;
      this.dossierCode = dossierCode;
      this.state = state;
      this.at = at;
    }

    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /** Who handled it: người xử lý, chức danh, phòng ban. */
    public Builder handler(String name, String title, String department) {
      this.handler = name;
      this.title = title;
      this.department = department;
      return this;
    }

    public Builder content(String content) {
      this.content = content;
      return this;
    }

    /** Ngày bắt đầu and ngày kết thúc theo quy định. */
    public Builder period(LocalDateTime startedAt, LocalDateTime dueAt) {
      this.startedAt = startedAt;
      this.dueAt = dueAt;
      return this;
    }

    /** Ngày hẹn trả trước and ngày hẹn trả mới, when the appointment moves. */
    public Builder appointment(LocalDateTime earlier, LocalDateTime moved) {
      this.earlierAppointment = earlier;
      this.newAppointment = moved;
      return this;
    }

    public Builder supplementDeadline(LocalDateTime deadline) {
      this.supplementDeadline = deadline;
      return this;
    }

    /** The certificate PDF and its document code, for {@link InterlinkedState#RESULT}. */
    public Builder result(byte[] certificatePdf, String resultDocumentCode) {
      this.pdf = Objects.requireNonNull(certificatePdf, "certificatePdf");
      this.resultCode = resultDocumentCode;
      return this;
    }

    public StatusUpdate build() {
      return new StatusUpdate(
          procedureCode,
          interlinkedCode,
          dossierCode,
          state,
          at,
          note,
          handler,
          title,
          department,
          content,
          startedAt,
          dueAt,
          earlierAppointment,
          newAppointment,
          supplementDeadline,
          pdf,
          resultCode);
    }
  }
}
