package vn.connector.payment.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Biên lai điện tử: the PDF receipt of a paid attempt. Immutable. */
public final class Receipt {

  private final PaymentReference reference;
  private final byte[] pdf;

  public Receipt(PaymentReference reference, byte[] pdf) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.pdf = Objects.requireNonNull(pdf, "pdf").clone();
  }

  public PaymentReference reference() {
    return reference;
  }

  /** A copy of the PDF bytes. */
  public byte[] pdf() {
    return pdf.clone();
  }

  /** The PDF as a stream, for a response body or a document store. */
  public InputStream openStream() {
    return new ByteArrayInputStream(pdf);
  }

  public int size() {
    return pdf.length;
  }

  /**
   * Writes the PDF to {@code file}, replacing it.
   *
   * @throws UncheckedIOException naming the file, when it cannot be written
   */
  public Path writeTo(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.write(file, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("receipt " + reference + ": cannot write " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Receipt[" + reference + ", " + pdf.length + " bytes]";
  }
}
