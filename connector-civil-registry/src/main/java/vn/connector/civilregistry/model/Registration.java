package vn.connector.civilregistry.model;

import java.util.List;

/**
 * A registration to push to the civil registry: a {@link BirthRegistration}, {@link
 * DeathRegistration} or {@link MarriageRegistration}.
 *
 * <pre>{@code
 * Registration registration = new BirthRegistration(dossier, details, child, mother, null,
 *     requester, List.of(Attachment.ofFile(1, 3, "Giấy chứng sinh", Path.of("gcs.pdf"))));
 * PushReceipt receipt = client.push(context, registration);
 * }</pre>
 */
public sealed interface Registration
    permits BirthRegistration, DeathRegistration, MarriageRegistration {

  RegistrationKind kind();

  Dossier dossier();

  /** Every attachment, cancelled ones included (they are not sent). */
  List<Attachment> attachments();

  /** Checks that attachment ids are unique. */
  static List<Attachment> checkedAttachments(List<Attachment> attachments) {
    List<Attachment> copy = List.copyOf(Checks.required(attachments, "attachments"));
    if (copy.stream().map(Attachment::id).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("attachments: two attachments have the same id");
    }
    return copy;
  }
}
