package vn.connector.criminalrecord.model;

/**
 * Mục đích: what the certificate is for, as the province's category codes it.
 *
 * @param code mã mục đích
 * @param name tên mục đích
 * @param description mục đích, the citizen's words, or empty
 * @param other mục đích khác, or empty
 */
public record RequestPurpose(String code, String name, String description, String other) {

  public RequestPurpose {
    code = Fields.code(code, "code");
    name = Fields.required(name, "name");
    description = Fields.optional(description, "description");
    other = Fields.optional(other, "other");
  }
}
