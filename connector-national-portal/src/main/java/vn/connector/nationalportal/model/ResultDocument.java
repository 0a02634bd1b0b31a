package vn.connector.nationalportal.model;

/**
 * A result paper of the dossier ({@code DanhSachGiayToKetQua}).
 *
 * <pre>{@code
 * ResultDocument result = new ResultDocument("Giấy khai sinh", "TP01", "gt-01",
 *     "https://dvc.example.gov.vn/kq/gt-01", "KQ01");
 * }</pre>
 *
 * @param name {@code TenGiayTo}, required
 * @param componentCode {@code MaThanhPhanHoSo}, or null
 * @param documentId {@code GiayToId}, required
 * @param url {@code DuongDanTepTinKetQua}, or null
 * @param resultCode {@code MaGiayToKetQua}, or null
 */
public record ResultDocument(
    String name, String componentCode, String documentId, String url, String resultCode) {

  public ResultDocument {
    name = Text.required(name, "resultDocuments.name", Text.SHORT);
    componentCode = Text.optional(componentCode, "resultDocuments.componentCode", 64);
    documentId = Text.code(documentId, "resultDocuments.documentId");
    url = Text.optional(url, "resultDocuments.url", Text.LONG);
    resultCode = Text.optional(resultCode, "resultDocuments.resultCode", 64);
  }
}
