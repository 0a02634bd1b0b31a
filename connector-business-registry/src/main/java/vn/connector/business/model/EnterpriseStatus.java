package vn.connector.business.model;

import java.util.Objects;

/**
 * Legal status of an enterprise (tình trạng pháp lý), as the registry reports it.
 *
 * <p>The registry names statuses by id. Ids the SDK does not know parse as {@link Kind#UNKNOWN} and
 * keep the registry's own {@link #id()} and {@link #name()}, so a new status added by the registry
 * never breaks a lookup.
 *
 * @param kind what the status means, {@link Kind#UNKNOWN} for an id the SDK does not model
 * @param id the registry's status id as sent ({@code ENTERPRISE_STATUS_ID}), such as {@code "1"}
 * @param name the registry's Vietnamese label, such as {@code "Đang hoạt động"}; may be empty
 */
public record EnterpriseStatus(Kind kind, String id, String name) {

  /** What a status id means. */
  public enum Kind {
    /** Đang hoạt động. */
    ACTIVE,
    /** Tạm ngừng kinh doanh. */
    SUSPENDED,
    /** Đang làm thủ tục giải thể. */
    DISSOLVING,
    /** Đã giải thể. */
    DISSOLVED,
    /** Bị thu hồi giấy chứng nhận đăng ký doanh nghiệp. */
    CERTIFICATE_REVOKED,
    /** An id the SDK does not model; see {@link EnterpriseStatus#id()}. */
    UNKNOWN
  }

  public EnterpriseStatus {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
  }

  /** True when the enterprise may trade: only {@link Kind#ACTIVE}. */
  public boolean isActive() {
    return kind == Kind.ACTIVE;
  }
}
