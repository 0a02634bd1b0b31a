package vn.connector.civilregistry.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file attached to a registration (tệp đính kèm): a scanned paper, read from its source only
 * while the request is written, and streamed to base64 so that the file is never held twice in
 * memory. A cancelled attachment (hủy giấy tờ) is kept in the list for the portal's records but
 * never sent.
 *
 * <pre>{@code
 * Attachment notice = Attachment.ofFile(1, 3, "Giấy chứng sinh", Path.of("gcs.pdf"));
 * Attachment withdrawn = Attachment.ofFile(2, 5, "Tờ khai cũ", Path.of("old.pdf")).cancel();
 * }</pre>
 *
 * @param id the attachment's number in the dossier, 1 or more
 * @param documentType loại giấy tờ, a code of the ministry's catalogue, 0 or more
 * @param title tên giấy tờ
 * @param fileName tên tệp đính kèm
 * @param cancelled whether the paper was withdrawn (not sent)
 * @param content where the bytes are read from, once per send
 */
public record Attachment(
    int id, int documentType, String title, String fileName, boolean cancelled, Content content) {

  /** Where an attachment's bytes come from; opened once each time the request is written. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  public Attachment {
    if (id < 1) {
      throw new IllegalArgumentException("attachment.id: must be 1 or more, was " + id);
    }
    if (documentType < 0) {
      throw new IllegalArgumentException(
          "attachment.documentType: must be 0 or more, was " + documentType);
    }
    title = Checks.requiredText(title, "attachment.title", 300);
    fileName = Checks.requiredText(fileName, "attachment.fileName", 255);
    if (fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("attachment.fileName: must be a name, not a path");
    }
    Checks.required(content, "attachment.content");
  }

  /** An attachment read from a file, named after it. */
  public static Attachment ofFile(int id, int documentType, String title, Path file) {
    Checks.required(file, "attachment.file");
    return new Attachment(
        id,
        documentType,
        title,
        String.valueOf(file.getFileName()),
        false,
        () -> Files.newInputStream(file));
  }

  /** An attachment held in memory (small papers, tests). */
  public static Attachment ofBytes(
      int id, int documentType, String title, String fileName, byte[] bytes) {
    byte[] copy = Checks.required(bytes, "attachment.bytes").clone();
    return new Attachment(
        id, documentType, title, fileName, false, () -> new ByteArrayInputStream(copy));
  }

  /** This attachment, withdrawn: kept on record, never sent. */
  public Attachment cancel() {
    return new Attachment(id, documentType, title, fileName, true, content);
  }
}
