package vn.connector.criminalrecord.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import vn.connector.core.BirthDate;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Masking;
import vn.connector.core.PersonName;

/**
 * A dossier filed through VNeID and pushed to the province. Its shape is VNeID's, not the LGSP
 * declaration's: relatives carry birth years only, residence history goes by month, and it brings
 * the payment and receipt blocks and the attachments.
 *
 * @param dossierCode mã hồ sơ
 * @param byMandate whether filed by mandate (label LLTPVneidUyQuyen rather than LLTPVneid)
 * @param source nguồn đăng ký as VNeID sent it
 * @param type loại phiếu
 * @param purposeCode mã mục đích
 * @param copies số lượng cấp
 * @param banInformation yêu cầu cấp thông tin cấm đảm nhiệm chức vụ
 * @param fullName nycHoTen
 * @param gender nycGioiTinh
 * @param birthDate nycNgaySinh
 * @param paperType nycLoaiGiayTo
 * @param paperNumber nycSoGiayTo
 * @param father cha, or null
 * @param mother mẹ, or null
 * @param spouse vợ/chồng, or null
 * @param mandate thông tin ủy quyền, present exactly when {@code byMandate}
 * @param history quá trình cư trú, nghề nghiệp, nơi làm việc
 * @param payment thông tin thanh toán, or null
 * @param receipt thông tin biên lai, or null
 * @param attachments giấy tờ đính kèm
 */
public record VneidDossier(
    DossierCode dossierCode,
    boolean byMandate,
    int source,
    CertificateType type,
    int purposeCode,
    int copies,
    boolean banInformation,
    PersonName fullName,
    Gender gender,
    BirthDate birthDate,
    int paperType,
    String paperNumber,
    KnownRelative father,
    KnownRelative mother,
    KnownRelative spouse,
    Proxy mandate,
    List<Residence> history,
    Payment payment,
    Receipt receipt,
    List<Document> attachments) {

  public VneidDossier {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(type, "type");
    if (copies < 1 || copies > 20) {
      throw new IllegalArgumentException("copies: must be 1-20, was " + copies);
    }
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(birthDate, "birthDate");
    paperNumber = Fields.code(paperNumber, "paperNumber");
    if (byMandate != (mandate != null)) {
      throw new IllegalArgumentException(
          "mandate: must be present exactly when the dossier is labelled by mandate");
    }
    if (type == CertificateType.TYPE_2 && mandate != null) {
      throw new IllegalArgumentException(
          "mandate: a Phiếu số 2 is issued only to the person themselves");
    }
    history = List.copyOf(Objects.requireNonNull(history, "history"));
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
  }

  @Override
  public String toString() {
    return "VneidDossier["
        + dossierCode
        + ", "
        + type
        + ", "
        + fullName
        + ", "
        + Masking.identifier(paperNumber)
        + "]";
  }

  /**
   * A parent or spouse as VNeID names them: the birth year only.
   *
   * @param fullName họ tên
   * @param birthYear năm sinh, or 0 when not given
   */
  public record KnownRelative(PersonName fullName, int birthYear) {
    public KnownRelative {
      Objects.requireNonNull(fullName, "fullName");
      if (birthYear != 0 && (birthYear < 1880 || birthYear > 2100)) {
        throw new IllegalArgumentException(
            "birthYear: must be a four-digit year, was " + birthYear);
      }
    }
  }

  /**
   * The person authorised (thongTinUyQuyen).
   *
   * @param fullName nuqHoTen
   * @param paperNumber nuqSoGiayTo
   * @param relationCode nuqQuanHe.ma
   * @param relationName nuqQuanHe.ten
   */
  public record Proxy(
      PersonName fullName, String paperNumber, String relationCode, String relationName) {
    public Proxy {
      Objects.requireNonNull(fullName, "fullName");
      paperNumber = Fields.code(paperNumber, "paperNumber");
      relationCode = Fields.required(relationCode, "relationCode");
      relationName = Fields.optional(relationName, "relationName");
    }

    @Override
    public String toString() {
      return "Proxy[" + fullName + ", " + Masking.identifier(paperNumber) + "]";
    }
  }

  /**
   * One line of quaTrinhCTNNNLV.
   *
   * @param from tuThangNam
   * @param to denThangNam, or null for "until now"
   * @param kind loaiCuTru
   * @param address diaChiCuTru
   * @param occupation nghề nghiệp, or empty
   * @param workplace nơi làm việc, or empty
   */
  public record Residence(
      YearMonth from,
      YearMonth to,
      String kind,
      String address,
      String occupation,
      String workplace) {
    public Residence {
      Objects.requireNonNull(from, "from");
      if (to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("to: must not be before from");
      }
      kind = Fields.optional(kind, "kind");
      address = Fields.required(address, "address");
      occupation = Fields.optional(occupation, "occupation");
      workplace = Fields.optional(workplace, "workplace");
    }
  }

  /**
   * thongTinThanhToan, the parts the province acts on.
   *
   * @param paperDelivery hinhThucNhanBanGiay: how the paper certificate is to be received
   * @param deliveryAddress diaChiNhan, or empty
   */
  public record Payment(String paperDelivery, String deliveryAddress) {
    public Payment {
      paperDelivery = Fields.optional(paperDelivery, "paperDelivery");
      deliveryAddress = Fields.optional(deliveryAddress, "deliveryAddress");
    }
  }

  /**
   * thongTinBienLai.
   *
   * @param transactionState trangThaiGD
   * @param receiptUrl urlBienLai, or empty
   */
  public record Receipt(String transactionState, String receiptUrl) {
    public Receipt {
      transactionState = Fields.optional(transactionState, "transactionState");
      receiptUrl = Fields.optional(receiptUrl, "receiptUrl");
    }
  }

  /**
   * One entry of giayToDinhKem: a paper and its files.
   *
   * @param code ma
   * @param name ten
   * @param files danhSach: (loai, duLieu) pairs, the data decoded from base64
   */
  public record Document(String code, String name, List<File> files) {
    public Document {
      code = Fields.required(code, "code");
      name = Fields.optional(name, "name");
      files = List.copyOf(Objects.requireNonNull(files, "files"));
    }
  }

  /**
   * A file of a {@link Document}.
   *
   * @param kind loai
   * @param data duLieu, decoded
   */
  public record File(String kind, byte[] data) {
    public File {
      kind = Fields.optional(kind, "kind");
      data = Objects.requireNonNull(data, "data").clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }
}
