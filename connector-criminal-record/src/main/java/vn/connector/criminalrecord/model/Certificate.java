package vn.connector.criminalrecord.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import vn.connector.core.Answers;

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

  public Certificate {
    number = Fields.required(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(pdf, "pdf");
    try {
      Answers.requirePdf(pdf);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pdf: is not a PDF (no %PDF- header)", e);
    }
    pdf = pdf.clone();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  /** Lower-case hex SHA-256 of the PDF bytes. */
  public String sha256() {
    return Answers.sha256Hex(pdf);
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
