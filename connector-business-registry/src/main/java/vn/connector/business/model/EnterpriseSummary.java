package vn.connector.business.model;

import java.util.Objects;
import vn.connector.core.EnterpriseCode;

/**
 * One hit of a search by name: the main information of an enterprise, without address,
 * representatives or business lines (look those up with the code).
 *
 * @param code enterprise code (mã số doanh nghiệp)
 * @param name Vietnamese name
 * @param shortName abbreviated name, or null
 * @param foreignName foreign-language name, or null
 * @param status legal status
 * @param legalForm legal form, or null
 */
public record EnterpriseSummary(
    EnterpriseCode code,
    String name,
    String shortName,
    String foreignName,
    EnterpriseStatus status,
    String legalForm) {

  public EnterpriseSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }
}
