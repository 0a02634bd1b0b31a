package vn.connector.skeleton.model;

import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * What the national system said to a push.
 *
 * <pre>{@code
 * if (receipt.alreadyReceived()) log.info("{} was pushed before", receipt.dossier());
 * }</pre>
 *
 * @param dossier the dossier pushed
 * @param alreadyReceived true when the system had received it before (a repeated push: success)
 */
public record Receipt(DossierCode dossier, boolean alreadyReceived) {
  public Receipt {
    Objects.requireNonNull(dossier, "dossier");
  }
}
