package vn.connector.nationalportal.model;

import java.util.List;
import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * A dossier as the national portal keeps it ({@code HoSo}): every field of the contract, validated
 * when built so that the national refusals for a malformed code or a missing field cannot happen
 * for a local reason. Build one with {@link #builder}; derive the next version with {@link
 * #toBuilder()}.
 *
 * <pre>{@code
 * Instant now = Instant.now();
 * Dossier dossier = Dossier.builder(DossierCode.parse("000.00.01.H22-241115-0001"))
 *     .procedure(new DossierProcedure(ProcedureCode.parse("1.004153"), "Đăng ký khai sinh",
 *         "G06-TP01", "Hộ tịch"))
 *     .channel(Channel.DIRECT)
 *     .applicant(Applicant.of("Nguyễn Văn An", ApplicantKind.CITIZEN))
 *     .summary("Đăng ký khai sinh cho con")
 *     .status(DossierStatus.RECEIVED)
 *     .dates(DossierDates.submitted(now).receivedOn(now, now.plus(Duration.ofDays(5))))
 *     .handlingUnit("UBND xã Thử Nghiệm")
 *     .submissionPlace("Bộ phận một cửa UBND xã Thử Nghiệm")
 *     .build();
 * Dossier next = dossier.toBuilder().status(DossierStatus.IN_PROGRESS).build();
 * }</pre>
 *
 * <p>Required: code, procedure, channel, applicant, summary, status, dates, handling unit and
 * submission place, plus the dates each state needs (see {@link DossierDates}). The lists are never
 * null. {@link #toString()} names the code and the state only.
 *
 * @param code {@code MaHoSo}; its unit part must be an agency code
 * @param procedure {@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code TenLinhVuc}
 * @param channel {@code KenhThucHien}
 * @param applicant the owner: {@code ChuHoSo}, {@code LoaiDoiTuong}, {@code MaDoiTuong}, contacts
 * @param summary {@code TrichYeuHoSo}, at most 1000 characters
 * @param status {@code TrangThaiHoSo}
 * @param dates {@code NgayNopHoSo}, {@code NgayTiepNhan}, {@code NgayHenTra}, ...
 * @param resultDelivery {@code HinhThuc}, default {@link ResultDelivery#AT_OFFICE}
 * @param resultInfo {@code ThongTinTra}, or null
 * @param handlingUnit {@code DonViXuLy}
 * @param submissionPlace {@code NoiNopHoSo}
 * @param receiptNumber {@code SoBienNhan}, or null
 * @param note {@code GhiChu}, or null
 * @param otherInfo {@code ThongTinKhac}, or null
 * @param digitised {@code HoSoCoThanhPhanSoHoa}
 * @param onlinePayment {@code DuocThanhToanTrucTuyen}, or null
 * @param documents {@code TaiLieuNop}
 * @param fees {@code DanhSachLePhi}
 * @param otherAttachments {@code DanhSachTepDinhKemKhac}
 * @param supplements {@code DanhSachHoSoBoSung}
 * @param resultDocuments {@code DanhSachGiayToKetQua}
 * @param connectedDatabases {@code DSKetNoiCSDL}
 */
public record Dossier(
    DossierCode code,
    DossierProcedure procedure,
    Channel channel,
    Applicant applicant,
    String summary,
    DossierStatus status,
    DossierDates dates,
    ResultDelivery resultDelivery,
    String resultInfo,
    String handlingUnit,
    String submissionPlace,
    String receiptNumber,
    String note,
    String otherInfo,
    boolean digitised,
    OnlinePayment onlinePayment,
    List<SubmittedDocument> documents,
    List<Fee> fees,
    List<OtherAttachment> otherAttachments,
    List<Supplement> supplements,
    List<ResultDocument> resultDocuments,
    List<ConnectedDatabase> connectedDatabases) {

  public Dossier {
    DossierRules.code(code);
    required(procedure, "procedure");
    required(channel, "channel");
    required(applicant, "applicant");
    summary = Text.required(summary, "summary", Text.SUMMARY);
    required(status, "status");
    required(dates, "dates");
    resultDelivery = resultDelivery == null ? ResultDelivery.AT_OFFICE : resultDelivery;
    resultInfo = Text.optional(resultInfo, "resultInfo", Text.LONG);
    handlingUnit = Text.required(handlingUnit, "handlingUnit", Text.SHORT);
    submissionPlace = Text.required(submissionPlace, "submissionPlace", Text.SHORT);
    receiptNumber = Text.optional(receiptNumber, "receiptNumber", 64);
    note = Text.optional(note, "note", Text.LONG);
    otherInfo = Text.optional(otherInfo, "otherInfo", Text.LONG);
    documents = Text.list(documents, "documents");
    fees = Text.list(fees, "fees");
    otherAttachments = Text.list(otherAttachments, "otherAttachments");
    supplements = Text.list(supplements, "supplements");
    resultDocuments = Text.list(resultDocuments, "resultDocuments");
    connectedDatabases = Text.list(connectedDatabases, "connectedDatabases");
    DossierRules.techId(channel, applicant);
    DossierRules.datesFor(status, dates);
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
  }

  /** A builder for the dossier with this code. */
  public static DossierBuilder builder(DossierCode code) {
    return new DossierBuilder(Objects.requireNonNull(code, "code"));
  }

  /** A builder holding every field of this dossier, to make its next version. */
  public DossierBuilder toBuilder() {
    return new DossierBuilder(this);
  }

  /** A copy in another state (other fields kept; the dates the state needs must be there). */
  public Dossier withStatus(DossierStatus next) {
    return toBuilder().status(next).build();
  }

  @Override
  public String toString() {
    return "Dossier[" + code.value() + ", status " + status.code() + " " + status + "]";
  }
}
