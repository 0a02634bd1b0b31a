package vn.connector.nationalportal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.ConnectedDatabase;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.IdentityNumber;
import vn.connector.nationalportal.model.OnlinePayment;
import vn.connector.nationalportal.model.OtherAttachment;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.ResultDelivery;
import vn.connector.nationalportal.model.ResultDocument;
import vn.connector.nationalportal.model.SubmittedDocument;
import vn.connector.nationalportal.model.Supplement;

class DossierWireTest {

  private static final Instant T = Instant.parse("2024-11-15T01:30:05Z");

  /** Only what a dossier must have: every optional value and list absent. */
  static Dossier minimal() {
    return Dossier.builder(DossierCode.parse("000.00.01.H22-241115-0002"))
        .procedure(
            new DossierProcedure(ProcedureCode.parse("1.001193"), "Khai sinh", "G09", "Hộ tịch"))
        .channel(Channel.ONLINE)
        .applicant(Applicant.of("Trần Thị \"Bình\" <b>", ApplicantKind.CITIZEN))
        .summary("Tóm tắt")
        .status(DossierStatus.NEW)
        .dates(new DossierDates(null, T, null, null, null, null))
        .handlingUnit("UBND")
        .submissionPlace("Cổng")
        .build();
  }

  static Dossier full() {
    return Dossier.builder(DossierCode.parse("000.00.01.H22-241115-0001"))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse("1.001193"),
                "Thủ tục đăng ký khai sinh",
                "G09-TP01",
                "Hộ tịch"))
        .channel(Channel.ONLINE)
        .applicant(
            new Applicant(
                "Nguyễn Văn An",
                ApplicantKind.CITIZEN,
                "tech-0001",
                "001090012345",
                List.of(IdentityNumber.of(CitizenId.parse("001090012345"))),
                "an@example.vn",
                "024 3822 1111",
                "0912345678",
                true))
        .summary("Đăng ký khai sinh cho con")
        .status(DossierStatus.RESULT_RETURNED)
        .dates(
            new DossierDates(
                T,
                T,
                T.plus(Duration.ofDays(3)),
                T.plus(Duration.ofDays(2)),
                T.plus(Duration.ofDays(3)),
                null))
        .resultDelivery(ResultDelivery.BY_POST)
        .resultInfo("Gửi qua bưu điện")
        .handlingUnit("UBND xã Thử Nghiệm")
        .submissionPlace("Cổng DVC tỉnh")
        .receiptNumber("BN-0001")
        .note("Ghi chú")
        .otherInfo("Khác")
        .digitised(true)
        .onlinePayment(OnlinePayment.PAID)
        .documents(
            List.of(
                new SubmittedDocument(
                    "tep-01",
                    "Tờ khai.pdf",
                    false,
                    "TP01",
                    "https://dvc.example.vn/f/1",
                    true,
                    false,
                    true,
                    null)))
        .fees(List.of(new Fee("Lệ phí", "LP01", "1", 8_000, "2")))
        .otherAttachments(List.of(new OtherAttachment("Bản sao", 2, "1")))
        .supplements(
            List.of(
                new Supplement(
                    "bs-01",
                    "Trần Thị Bình",
                    "Bổ sung bản sao",
                    T,
                    "Lê Văn Cường",
                    "Đủ",
                    T,
                    "1",
                    List.of(SubmittedDocument.of("tep-02", "Bản sao.pdf", null)),
                    List.of(),
                    T,
                    T.plus(Duration.ofDays(4)))))
        .resultDocuments(
            List.of(new ResultDocument("Giấy khai sinh", "KQ", "gt-01", null, "MKQ01")))
        .connectedDatabases(List.of(new ConnectedDatabase("CSDLQGDC")))
        .build();
  }

  @Test
  void writesEveryContractFieldAsAString() {
    ObjectNode n = DossierWire.write(full());

    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "MaHoSo",
            "MaTTHC",
            "TenTTHC",
            "MaLinhVuc",
            "TenLinhVuc",
            "KenhThucHien",
            "ChuHoSo",
            "LoaiDoiTuong",
            "MaDoiTuong",
            "ThongTinKhac",
            "Email",
            "Fax",
            "SoDienThoai",
            "TrichYeuHoSo",
            "NgayTiepNhan",
            "NgayHenTra",
            "TrangThaiHoSo",
            "NgayTra",
            "ThongTinTra",
            "HinhThuc",
            "NgayKetThucXuLy",
            "DonViXuLy",
            "GhiChu",
            "SoBienNhan",
            "SoGiayToChuHoSo",
            "NoiNopHoSo",
            "HoSoCoThanhPhanSoHoa",
            "TaiKhoanDuocXacThucVoiVNeID",
            "DuocThanhToanTrucTuyen",
            "NgayTuChoi",
            "NgayNopHoSo",
            "DinhDanhCHS",
            "DSKetNoiCSDL",
            "TaiLieuNop",
            "DanhSachLePhi",
            "DanhSachTepDinhKemKhac",
            "DanhSachHoSoBoSung",
            "DanhSachGiayToKetQua");
    n.fields()
        .forEachRemaining(
            f ->
                assertThat(
                        f.getValue().isTextual() || f.getValue().isArray() || f.getValue().isNull())
                    .as(f.getKey())
                    .isTrue());
    assertThat(n.get("NgayTiepNhan").asText()).isEqualTo("20241115083005");
    assertThat(n.get("TrangThaiHoSo").asText()).isEqualTo("10");
    assertThat(n.get("HinhThuc").asText()).isEqualTo("1");
    assertThat(n.get("NgayTuChoi").isNull()).isTrue();
    assertThat(n.at("/TaiLieuNop/0/IsDeleted").asText()).isEqualTo("False");
    assertThat(n.at("/DanhSachLePhi/0/Gia").asText()).isEqualTo("8000");
    assertThat(n.at("/DinhDanhCHS/0/LoaiDinhDanh").asText()).isEqualTo("1");
    assertThat(n.at("/DanhSachHoSoBoSung/0/DanhSachGiayToBoSung/0/TepDinhKemId").asText())
        .isEqualTo("tep-02");
  }

  @Test
  void readsBackWhatItWrote() {
    Dossier d = full();

    assertThat(DossierReader.read(DossierWire.write(d))).isEqualTo(d);
  }

  @Test
  void readsNumbersWhereStringsAreExpected() throws Exception {
    ObjectNode n = DossierWire.write(full());
    n.put("TrangThaiHoSo", 10);
    n.put("LoaiDoiTuong", 1);

    Dossier d = DossierReader.read(n);

    assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(d.applicant().kind()).isEqualTo(ApplicantKind.CITIZEN);
  }

  @Test
  void refusesAMalformedTimeOnRead() {
    ObjectNode n = DossierWire.write(full());
    n.put("NgayTiepNhan", "15/11/2024 08:30:05");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierReader.read(n))
        .withMessageStartingWith("NgayTiepNhan: must be yyyyMMddHHmmss");
  }

  @Test
  void formatsTimesInVietnam() {
    assertThat(PortalTime.format(Instant.parse("2024-12-31T17:00:00Z")))
        .isEqualTo("20250101000000");
    assertThat(PortalTime.parse("20250101000000", "t")).isEqualTo("2024-12-31T17:00:00Z");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PortalTime.parse("20240230120000", "t"))
        .withMessageStartingWith("t");
  }

  @Test
  void writesAndReadsProgress() {
    ProgressEntry e =
        new ProgressEntry(
            DossierCode.parse("000.00.01.H22-241115-0001"),
            "Lê Văn Cường",
            "Chuyên viên",
            T,
            "Phòng Tư pháp",
            "Thẩm định",
            DossierStatus.IN_PROGRESS,
            T,
            T.plusSeconds(3600));

    JsonNode n = ProgressWire.write(e);

    assertThat(n.get("TrangThai").asText()).isEqualTo("4");
    assertThat(n.get("ThoiDiemXuLy").asText()).isEqualTo("20241115083005");
    assertThat(ProgressWire.read(n)).isEqualTo(e);
  }

  @Test
  void timesAreWrittenAsTheFormatterWritesThemAcrossYearsDaysAndSeconds() {
    java.time.format.DateTimeFormatter reference =
        java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    java.util.Random random = new java.util.Random(16);
    for (int i = 0; i < 2_000; i++) {
      Instant t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L));
      assertThat(PortalTime.format(t)).as(t.toString()).isEqualTo(reference.format(t));
    }
    assertThat(PortalTime.format(Instant.parse("2025-06-30T17:00:05Z")))
        .isEqualTo("20250701000005");
  }
}
