package vn.connector.criminalrecord.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Phiếu lý lịch tư pháp as the ministry returned it: checked to be a PDF when built, with the
 * SHA-256 of its bytes, the value the evidence record keeps to prove later which file was handed
 * over.
 *
 * @param number số phiếu
 * @param issuedOn ngày cấp phiếu
 * @param type loại phiếu
 * @param pdf the PDF bytes
 */
public record Certificate(String number, LocalDate issuedOn, CertificateType type, byte[] pdf) {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  public Certificate {
    number = Fields.required(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pdf, "pdf");
    // TODO(core): move to Answers.requirePdf once core has it.
    if (pdf.length < MAGIC.length || !Arrays.equals(pdf, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IllegalArgumentException("pdf: is not a PDF (no %PDF- header)");
    }
    pdf = pdf.clone();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  /** Lower-case hex SHA-256 of the PDF bytes. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Certificate c
        && c.number.equals(number)
        && c.issuedOn.equals(issuedOn)
        && c.type == type
        && Arrays.equals(c.pdf, pdf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, issuedOn, type, Arrays.hashCode(pdf));
  }

  @Override
  public String toString() {
    return "Certificate["
        + type
        + ", "
        + issuedOn
        + ", "
        + pdf.length
        + " bytes, sha256 "
        + sha256()
        + "]";
  }
}
