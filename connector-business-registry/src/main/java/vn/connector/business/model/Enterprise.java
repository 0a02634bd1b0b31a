package vn.connector.business.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.EnterpriseCode;

/**
 * An enterprise as recorded in the national business registry (CSDL quốc gia về đăng ký doanh
 * nghiệp). The same record comes out of every gateway profile.
 *
 * <p>Components the registry may leave out ({@code shortName}, {@code foreignName}, {@code
 * legalForm}, {@code foundingDate}, {@code lastAmendmentDate}, {@code headOfficeAddress}) are
 * {@code null} when absent; the lists are never null.
 *
 * @param code enterprise code (mã số doanh nghiệp), 10 digits or the 13-digit branch form
 * @param name Vietnamese name (tên tiếng Việt)
 * @param shortName abbreviated name (tên viết tắt), or null
 * @param foreignName name in a foreign language (tên nước ngoài), or null
 * @param status legal status (tình trạng pháp lý)
 * @param legalForm legal form (loại hình doanh nghiệp), such as "Công ty cổ phần", or null
 * @param foundingDate date of first registration (ngày đăng ký lần đầu), or null
 * @param lastAmendmentDate date of the last change of registration, or null
 * @param numberOfChanges how many times the registration was changed (số lần thay đổi)
 * @param headOfficeAddress full address of the head office (địa chỉ trụ sở chính), or null
 * @param representatives legal representatives, personal data
 * @param businessLines registered lines of business
 */
public record Enterprise(
    EnterpriseCode code,
    String name,
    String shortName,
    String foreignName,
    EnterpriseStatus status,
    String legalForm,
    LocalDate foundingDate,
    LocalDate lastAmendmentDate,
    int numberOfChanges,
    String headOfficeAddress,
    List<Representative> representatives,
    List<BusinessLine> businessLines) {

  public Enterprise {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    if (numberOfChanges < 0) {
      throw new IllegalArgumentException(
          "numberOfChanges: must not be negative, was " + numberOfChanges);
    }
    representatives = List.copyOf(representatives);
    businessLines = List.copyOf(businessLines);
  }

  /** The main line of business, or the first one when the registry flags none. */
  public Optional<BusinessLine> mainBusinessLine() {
    return businessLines.stream()
        .filter(BusinessLine::main)
        .findFirst()
        .or(() -> businessLines.stream().findFirst());
  }

  /** The first legal representative listed by the registry. */
  public Optional<Representative> firstRepresentative() {
    return representatives.stream().findFirst();
  }
}
