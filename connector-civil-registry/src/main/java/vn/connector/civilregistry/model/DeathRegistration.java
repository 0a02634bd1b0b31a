package vn.connector.civilregistry.model;

import java.util.List;

/**
 * Đăng ký khai tử (module {@code LTKT}): the deceased, the death notice and the requester.
 *
 * <pre>{@code
 * DeathRegistration death = new DeathRegistration(dossier, deceased, notice, requester, List.of());
 * }</pre>
 *
 * @param dossier the dossier
 * @param deceased người chết
 * @param notice giấy báo tử, issued on or after the day of death
 * @param requester người yêu cầu
 * @param attachments the papers, cancelled ones included
 */
public record DeathRegistration(
    Dossier dossier,
    Deceased deceased,
    DeathNotice notice,
    Requester requester,
    List<Attachment> attachments)
    implements Registration {

  public DeathRegistration {
    Checks.required(dossier, "dossier");
    Checks.required(deceased, "deceased");
    Checks.required(notice, "deathNotice");
    Checks.required(requester, "requester");
    if (notice.issuedOn().isBefore(deceased.diedOn())) {
      throw new IllegalArgumentException("deathNotice.issuedOn: lies before deceased.diedOn");
    }
    attachments = Checks.attachments(attachments);
  }

  @Override
  public RegistrationKind kind() {
    return RegistrationKind.DEATH;
  }
}
