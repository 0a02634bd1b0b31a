package vn.connector.business.model;

import java.util.Objects;
import vn.connector.core.PersonName;

/**
 * A legal representative of an enterprise (người đại diện theo pháp luật). The name is personal
 * data: handle it as the call context that fetched it allows.
 *
 * @param name full name, normalised to NFC
 */
public record Representative(PersonName name) {

  public Representative {
    Objects.requireNonNull(name, "name");
  }
}
