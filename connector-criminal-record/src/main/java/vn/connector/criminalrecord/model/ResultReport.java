package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * What the province reports to the ministry about a VNeID-originated dossier (traKetQuaHoSoLLTP): a
 * result (type {@code ketqua}) or the withdrawal of an issued certificate (type {@code thuhoi}).
 *
 * <pre>{@code
 * ResultReport report = ResultReport.result(code, ProcessingState.DONE, LocalDate.of(2024, 11, 25),
 *     new ResultReport.Details("123/2024/LLTP", LocalDate.of(2024, 11, 20), CertificateType.TYPE_1,
 *         "Nguyễn Văn B", "Trần Văn C", "Phó Giám đốc", "1", "Không có án tích", "0", "",
 *         List.of(), List.of(), pdf, null));
 * }</pre>
 *
 * @param dossierCode mã hồ sơ
 * @param kind result or withdrawal
 * @param state trạng thái xử lý reached
 * @param refusalReason lý do từ chối, or empty
 * @param dueOn ngày hẹn trả kết quả
 * @param details kết quả xử lý, or null when the state carries none (a refusal)
 */
public record ResultReport(
    DossierCode dossierCode,
    Kind kind,
    ProcessingState state,
    String refusalReason,
    LocalDate dueOn,
    Details details) {

  /** The report's type on the wire. */
  public enum Kind {
    /** ketqua. */
    RESULT,
    /** thuhoi: an issued certificate withdrawn, with the decision. */
    WITHDRAWAL
  }

  public ResultReport {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    if (state == ProcessingState.UNKNOWN) {
      throw new IllegalArgumentException("state: must be on the national list (1-10)");
    }
    refusalReason = Fields.optional(refusalReason, "refusalReason");
    Objects.requireNonNull(dueOn, "dueOn");
    if (state.carriesCertificate() && (details == null || details.certificate() == null)) {
      throw new IllegalArgumentException(
          "details: state " + state + " carries the certificate PDF");
    }
    if (kind == Kind.WITHDRAWAL && (details == null || details.withdrawalDecision() == null)) {
      throw new IllegalArgumentException(
          "details: a withdrawal carries the decision (quyetDinhThuHoi)");
    }
    if (state == ProcessingState.NOT_RECEIVED && refusalReason.isEmpty()) {
      throw new IllegalArgumentException("refusalReason: required when the dossier is refused");
    }
  }

  /** A result: the state reached and, for 9 and 10, the certificate. */
  public static ResultReport result(
      DossierCode dossierCode, ProcessingState state, LocalDate dueOn, Details details) {
    return new ResultReport(dossierCode, Kind.RESULT, state, "", dueOn, details);
  }

  /** A refusal (state 3) with its reason. */
  public static ResultReport refusal(DossierCode dossierCode, String reason, LocalDate dueOn) {
    return new ResultReport(
        dossierCode, Kind.RESULT, ProcessingState.NOT_RECEIVED, reason, dueOn, null);
  }

  /**
   * Kết quả xử lý.
   *
   * @param number số phiếu
   * @param issuedOn ngày cấp phiếu
   * @param type loại phiếu
   * @param preparedBy người lập phiếu
   * @param signedBy người ký
   * @param signerTitle chức vụ
   * @param criminalStatus tình trạng án tích (code)
   * @param criminalStatusName its name
   * @param banInformation thông tin cấm đảm nhiệm chức vụ (code), or empty
   * @param banInformationName its name, or empty
   * @param sentences thông tin án, one line each
   * @param bans danh sách cấm đảm nhiệm chức vụ, one line each
   * @param certificate the certificate PDF (phieuLLTP), or null
   * @param withdrawalDecision the withdrawal decision (quyetDinhThuHoi), or null
   */
  public record Details(
      String number,
      LocalDate issuedOn,
      CertificateType type,
      String preparedBy,
      String signedBy,
      String signerTitle,
      String criminalStatus,
      String criminalStatusName,
      String banInformation,
      String banInformationName,
      List<String> sentences,
      List<String> bans,
      byte[] certificate,
      byte[] withdrawalDecision) {

    public Details {
      number = Fields.required(number, "number");
      Objects.requireNonNull(issuedOn, "issuedOn");
      Objects.requireNonNull(type, "type");
      preparedBy = Fields.optional(preparedBy, "preparedBy");
      signedBy = Fields.required(signedBy, "signedBy");
      signerTitle = Fields.optional(signerTitle, "signerTitle");
      criminalStatus = Fields.required(criminalStatus, "criminalStatus");
      criminalStatusName = Fields.optional(criminalStatusName, "criminalStatusName");
      banInformation = Fields.optional(banInformation, "banInformation");
      banInformationName = Fields.optional(banInformationName, "banInformationName");
      sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
      bans = List.copyOf(Objects.requireNonNull(bans, "bans"));
      if (certificate != null) {
        certificate = new Certificate(number, issuedOn, type, certificate).pdf();
      }
      withdrawalDecision = withdrawalDecision == null ? null : withdrawalDecision.clone();
    }

    @Override
    public byte[] certificate() {
      return certificate == null ? null : certificate.clone();
    }

    @Override
    public byte[] withdrawalDecision() {
      return withdrawalDecision == null ? null : withdrawalDecision.clone();
    }
  }
}
