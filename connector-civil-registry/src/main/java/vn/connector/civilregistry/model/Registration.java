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
}
