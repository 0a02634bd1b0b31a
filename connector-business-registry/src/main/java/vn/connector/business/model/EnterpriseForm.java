package vn.connector.business.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Masking;

/**
 * The fields a dossier form needs about an applicant enterprise, ready to pre-fill (điền sẵn tờ
 * khai). Built from an {@link Enterprise} with {@link #of(Enterprise)}.
 *
 * <p>{@link #asMap()} gives the same fields keyed by stable names, for form engines that bind by
 * key. The keys never change between versions; absent values are empty strings, so every key is
 * always present. {@link #toString()} masks the representative and the address (personal data):
 *
 * <table>
 *   <caption>Pre-fill keys</caption>
 *   <tr><th>Key</th><th>Value</th></tr>
 *   <tr><td>{@code enterprise.code}</td><td>mã số doanh nghiệp, such as {@code 0100109106}</td></tr>
 *   <tr><td>{@code enterprise.name}</td><td>tên tiếng Việt</td></tr>
 *   <tr><td>{@code enterprise.shortName}</td><td>tên viết tắt</td></tr>
 *   <tr><td>{@code enterprise.foreignName}</td><td>tên nước ngoài</td></tr>
 *   <tr><td>{@code enterprise.legalForm}</td><td>loại hình doanh nghiệp</td></tr>
 *   <tr><td>{@code enterprise.status}</td><td>tình trạng pháp lý, the registry's label</td></tr>
 *   <tr><td>{@code enterprise.foundingDate}</td><td>ngày đăng ký lần đầu, {@code yyyy-MM-dd}</td></tr>
 *   <tr><td>{@code enterprise.address}</td><td>địa chỉ trụ sở chính</td></tr>
 *   <tr><td>{@code enterprise.representative}</td><td>first legal representative's full name</td></tr>
 *   <tr><td>{@code enterprise.mainBusinessLine.code}</td><td>VSIC code of the main line</td></tr>
 *   <tr><td>{@code enterprise.mainBusinessLine.name}</td><td>name of the main line</td></tr>
 * </table>
 *
 * @param code enterprise code
 * @param name Vietnamese name
 * @param shortName abbreviated name, empty when none
 * @param foreignName foreign-language name, empty when none
 * @param legalForm legal form, empty when unknown
 * @param status legal status
 * @param foundingDate date of first registration, or null
 * @param address head-office address, empty when unknown
 * @param representative first legal representative's full name (personal data), empty when none
 * @param mainBusinessLine the main line of business, or null when none is registered
 */
public record EnterpriseForm(
    EnterpriseCode code,
    String name,
    String shortName,
    String foreignName,
    String legalForm,
    EnterpriseStatus status,
    LocalDate foundingDate,
    String address,
    String representative,
    BusinessLine mainBusinessLine) {

  public static final String CODE = "enterprise.code";
  public static final String NAME = "enterprise.name";
  public static final String SHORT_NAME = "enterprise.shortName";
  public static final String FOREIGN_NAME = "enterprise.foreignName";
  public static final String LEGAL_FORM = "enterprise.legalForm";
  public static final String STATUS = "enterprise.status";
  public static final String FOUNDING_DATE = "enterprise.foundingDate";
  public static final String ADDRESS = "enterprise.address";
  public static final String REPRESENTATIVE = "enterprise.representative";
  public static final String MAIN_LINE_CODE = "enterprise.mainBusinessLine.code";
  public static final String MAIN_LINE_NAME = "enterprise.mainBusinessLine.name";

  public EnterpriseForm {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    shortName = orEmpty(shortName);
    foreignName = orEmpty(foreignName);
    legalForm = orEmpty(legalForm);
    address = orEmpty(address);
    representative = orEmpty(representative);
  }

  /** The pre-fill fields of {@code enterprise}. */
  public static EnterpriseForm of(Enterprise enterprise) {
    Objects.requireNonNull(enterprise, "enterprise");
    return new EnterpriseForm(
        enterprise.code(),
        enterprise.name(),
        enterprise.shortName(),
        enterprise.foreignName(),
        enterprise.legalForm(),
        enterprise.status(),
        enterprise.foundingDate(),
        enterprise.headOfficeAddress(),
        enterprise.firstRepresentative().map(r -> r.name().value()).orElse(""),
        enterprise.mainBusinessLine().orElse(null));
  }

  /** The fields keyed by the stable names listed above, in that order; unmodifiable. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(CODE, code.value());
    map.put(NAME, name);
    map.put(SHORT_NAME, shortName);
    map.put(FOREIGN_NAME, foreignName);
    map.put(LEGAL_FORM, legalForm);
    map.put(STATUS, status.name());
    map.put(FOUNDING_DATE, foundingDate == null ? "" : foundingDate.toString());
    map.put(ADDRESS, address);
    map.put(REPRESENTATIVE, representative);
    map.put(MAIN_LINE_CODE, mainBusinessLine == null ? "" : mainBusinessLine.vsicCode());
    map.put(MAIN_LINE_NAME, mainBusinessLine == null ? "" : mainBusinessLine.name());
    return Collections.unmodifiableMap(map);
  }

  /**
   * Masks the representative's name and the address: for a household business or a one-member
   * company the head office is often the owner's home.
   */
  @Override
  public String toString() {
    return "EnterpriseForm[code="
        + code
        + ", name="
        + name
        + ", status="
        + status
        + ", representative="
        + Masking.name(representative)
        + ", address="
        + (address.isEmpty() ? "" : "***")
        + "]";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
