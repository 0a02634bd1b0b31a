package vn.connector.civilregistry.internal;

import vn.connector.civilregistry.model.RegistrationStatus;

/**
 * One tracker poll's answer: the dossier's status, or null when the registry does not list it
 * (yet).
 */
public record Polled(RegistrationStatus status) {

  /** What the tracking row keeps: state and deadline, no personal data. */
  public String describe() {
    if (status == null) {
      return "not listed";
    }
    return status.nationalState()
        + " "
        + status.state()
        + (status.supplementDeadline() == null ? "" : " until " + status.supplementDeadline());
  }
}
