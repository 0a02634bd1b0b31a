package vn.connector.civilregistry.model;

import java.time.LocalDate;
import java.util.Optional;
import vn.connector.core.CitizenId;

/**
 * The result of a registration (kết quả xử lý): where it is entered in the register, the personal
 * ID a new birth receives, and the certificate (giấy khai sinh, giấy khai tử, giấy chứng nhận kết
 * hôn) as a PDF already checked to be one, with its evidence.
 *
 * <pre>{@code
 * Certificate c = status.certificate().orElseThrow();
 * CitizenId newId = c.personalId().orElseThrow();      // a birth's new số định danh cá nhân
 * Files.write(Path.of(c.evidence().sha256() + ".pdf"), c.pdf());
 * }</pre>
 *
 * @param personalId số định danh (a birth's new personal ID), or null
 * @param registrationNumber số đăng ký
 * @param book quyển số, or null
 * @param page trang số, or null
 * @param registeredOn ngày đăng ký, or null
 * @param resultDocumentCode mã giấy tờ kết quả, or null
 * @param pdf the certificate PDF (giấy khai sinh / giấy khai tử), or empty when the registry sent
 *     none
 * @param evidence digest and provenance of the PDF, or null when there is no PDF
 */
public record Certificate(
    CitizenId personalId,
    String registrationNumber,
    String book,
    String page,
    LocalDate registeredOn,
    String resultDocumentCode,
    byte[] pdf,
    CertificateEvidence evidence) {

  public Certificate {
    pdf = pdf == null ? new byte[0] : pdf.clone();
    if (pdf.length > 0 && evidence == null) {
      throw new IllegalArgumentException("evidence: required with a PDF");
    }
  }

  public Optional<CitizenId> optionalPersonalId() {
    return Optional.ofNullable(personalId);
  }

  /** The PDF bytes (a copy). */
  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  public boolean hasPdf() {
    return pdf.length > 0;
  }

  @Override
  public String toString() {
    return "Certificate[personalId="
        + personalId
        + ", registrationNumber="
        + registrationNumber
        + ", book="
        + book
        + ", page="
        + page
        + ", pdf="
        + pdf.length
        + " bytes]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Certificate c
        && java.util.Objects.equals(personalId, c.personalId)
        && java.util.Objects.equals(registrationNumber, c.registrationNumber)
        && java.util.Objects.equals(book, c.book)
        && java.util.Objects.equals(page, c.page)
        && java.util.Objects.equals(registeredOn, c.registeredOn)
        && java.util.Objects.equals(resultDocumentCode, c.resultDocumentCode)
        && java.util.Arrays.equals(pdf, c.pdf)
        && java.util.Objects.equals(evidence, c.evidence);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(personalId, registrationNumber, book, page)
        ^ java.util.Arrays.hashCode(pdf);
  }
}
