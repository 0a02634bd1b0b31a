package vn.connector.business.internal;

import java.util.Map;
import vn.connector.business.model.EnterpriseStatus;
import vn.connector.business.model.EnterpriseStatus.Kind;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The registry's status ids. MODELLED (business-registry.md): ids 1 to 5 as listed in the contract;
 * the provincial variant's {@code MaTinhTrangPhapLy} is assumed to use the same ids. Any other id
 * maps to {@link Kind#UNKNOWN}, keeping the id and the registry's label.
 */
final class StatusIds {

  private static final Map<String, Kind> KINDS =
      Map.of(
          "1", Kind.ACTIVE,
          "2", Kind.SUSPENDED,
          "3", Kind.DISSOLVING,
          "4", Kind.DISSOLVED,
          "5", Kind.CERTIFICATE_REVOKED);

  private StatusIds() {}

  static EnterpriseStatus status(String id, String name) {
    if (id == null) {
      throw new MalformedAnswerException("status id: missing");
    }
    // Leading zeros dropped ("01" is 1), as long as a digit follows: a plain loop, not a regex.
    int start = 0;
    while (start + 1 < id.length() && id.charAt(start) == '0' && isDigit(id.charAt(start + 1))) {
      start++;
    }
    String normalised = id.substring(start);
    return new EnterpriseStatus(KINDS.getOrDefault(normalised, Kind.UNKNOWN), id, name);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
