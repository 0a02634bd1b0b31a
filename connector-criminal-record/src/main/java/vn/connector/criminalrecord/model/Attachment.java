package vn.connector.criminalrecord.model;

import java.util.Objects;

/**
 * A file attached to the declaration (a scan of the identity paper, the mandate letter, ...).
 *
 * @param kind tên loại file, what the file is
 * @param fileName tên file
 * @param content the bytes (sent base64-encoded)
 */
public record Attachment(String kind, String fileName, byte[] content) {

  /** The ministry's limit per file is not published; 10 MiB keeps one declaration sendable. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  public Attachment {
    kind = Fields.required(kind, "kind");
    fileName = Fields.required(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    if (content.length == 0 || content.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "content: must be 1 byte to " + MAX_BYTES + " bytes, was " + content.length);
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a
        && a.kind.equals(kind)
        && a.fileName.equals(fileName)
        && java.util.Arrays.equals(a.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, fileName, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + kind + ", " + fileName + ", " + content.length + " bytes]";
  }
}
