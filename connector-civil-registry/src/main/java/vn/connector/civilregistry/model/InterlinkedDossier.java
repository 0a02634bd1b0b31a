package vn.connector.civilregistry.model;

import java.util.List;
import java.util.Objects;

/**
 * A dossier taken in from the interlinked service: its summary, the registration record it carries
 * (from the {@code <hoTich>} element), and its files. The record is typed as the registration the
 * province then pushes to the civil registry.
 *
 * <pre>{@code
 * InterlinkedDossier d = interlinked.fetch(context, summary.id());
 * if (d.registration() instanceof BirthRegistration birth) registry.push(context, birth);
 * interlinked.acknowledge(d.summary().dossierCode());
 * }</pre>
 *
 * @param summary the list entry
 * @param registration the record
 * @param attachments the files
 */
public record InterlinkedDossier(
    InterlinkedSummary summary, Registration registration, List<ReceivedAttachment> attachments) {

  public InterlinkedDossier {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(registration, "registration");
    attachments = List.copyOf(attachments);
  }
}
