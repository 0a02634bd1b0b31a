package vn.connector.civilregistry.model;

import java.util.Objects;

/**
 * A file that came with an interlinked dossier.
 *
 * <pre>{@code
 * for (ReceivedAttachment a : dossier.attachments()) Files.write(dir.resolve(a.fileName()), a.bytes());
 * }</pre>
 *
 * @param id its number in the dossier
 * @param documentType loại giấy tờ
 * @param title tên giấy tờ
 * @param fileName tên tệp (a name, never a path)
 * @param bytes the file
 */
public record ReceivedAttachment(
    int id, int documentType, String title, String fileName, byte[] bytes) {

  public ReceivedAttachment {
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")) {
      throw new IllegalArgumentException("fileName: must be a name, not a path");
    }
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public String toString() {
    return "ReceivedAttachment[" + id + ", " + fileName + ", " + bytes.length + " bytes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReceivedAttachment a
        && a.id == id
        && a.fileName.equals(fileName)
        && java.util.Arrays.equals(a.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return id * 31 + fileName.hashCode();
  }
}
