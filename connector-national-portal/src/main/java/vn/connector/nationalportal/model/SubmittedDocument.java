package vn.connector.nationalportal.model;

/**
 * A document submitted with the dossier ({@code TaiLieuNop}).
 *
 * <pre>{@code
 * SubmittedDocument doc = SubmittedDocument.of("tep-01", "Tờ khai đăng ký khai sinh.pdf",
 *     "https://dvc.example.gov.vn/files/tep-01");
 * }</pre>
 *
 * @param fileId {@code TepDinhKemId}, required
 * @param fileName {@code TenTepDinhKem}, required
 * @param deleted {@code IsDeleted}, {@code "True"}/{@code "False"} on the wire
 * @param componentCode {@code MaThanhPhanHoSo}, the dossier component it fulfils, or null
 * @param url {@code DuongDanTaiTepTin}, where the file is downloaded, or null
 * @param digitised {@code DuocSoHoa}
 * @param reused {@code DuocTaiSuDung}
 * @param fromNationalStore {@code DuocLayTuKhoDMQG}
 * @param replacedResultCode {@code MaKetQuaThayThe}, or null
 */
public record SubmittedDocument(
    String fileId,
    String fileName,
    boolean deleted,
    String componentCode,
    String url,
    boolean digitised,
    boolean reused,
    boolean fromNationalStore,
    String replacedResultCode) {

  public SubmittedDocument {
    fileId = Text.code(fileId, "documents.fileId");
    fileName = Text.required(fileName, "documents.fileName", Text.SHORT);
    componentCode = Text.optional(componentCode, "documents.componentCode", 64);
    url = Text.optional(url, "documents.url", Text.LONG);
    replacedResultCode = Text.optional(replacedResultCode, "documents.replacedResultCode", 64);
  }

  /** A document with an id, a name and a download URL (or null), not deleted, not digitised. */
  public static SubmittedDocument of(String fileId, String fileName, String url) {
    return new SubmittedDocument(fileId, fileName, false, null, url, false, false, false, null);
  }
}
