package vn.connector.civilregistry.model;

import java.util.List;

/**
 * Đăng ký khai sinh (module {@code LTKS}): the child, the mother, the father when known, and the
 * requester.
 *
 * <pre>{@code
 * BirthRegistration birth = new BirthRegistration(dossier, details, child, mother, father,
 *     requester, List.of());
 * }</pre>
 *
 * @param dossier the dossier
 * @param details birth notice, registration type, copies
 * @param child người được khai sinh; born on or after the mother's birth year
 * @param mother mẹ
 * @param father cha, or null when not established
 * @param requester người yêu cầu
 * @param attachments the papers, cancelled ones included
 */
public record BirthRegistration(
    Dossier dossier,
    BirthDetails details,
    Child child,
    Parent mother,
    Parent father,
    Requester requester,
    List<Attachment> attachments)
    implements Registration {

  public BirthRegistration {
    Checks.required(dossier, "dossier");
    Checks.required(details, "birth.details");
    Checks.required(child, "child");
    Checks.required(mother, "mother");
    Checks.required(requester, "requester");
    if (child.birthDate().getYear() < mother.birthDate().year()) {
      throw new IllegalArgumentException("child.birthDate: lies before mother.birthDate");
    }
    attachments = Checks.attachments(attachments);
  }

  @Override
  public RegistrationKind kind() {
    return RegistrationKind.BIRTH;
  }
}
