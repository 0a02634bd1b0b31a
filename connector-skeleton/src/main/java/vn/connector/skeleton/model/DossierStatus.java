package vn.connector.skeleton.model;

import java.time.ZonedDateTime;
import java.util.Objects;
import vn.connector.core.DossierCode;

/**
 * A dossier's state at the national side.
 *
 * <pre>{@code
 * boolean done = client.status(context, dossier).state() == DossierStatus.State.RESULT;
 * }</pre>
 *
 * @param dossier the dossier
 * @param state its state
 * @param updatedAt when the national side last changed it, in Asia/Ho_Chi_Minh
 */
public record DossierStatus(DossierCode dossier, State state, ZonedDateTime updatedAt) {

  /** The states (the wire's {@code trangThai} 1-4, read in the wire layer). */
  public enum State {
    RECEIVED,
    PROCESSING,
    SUPPLEMENT_REQUESTED,
    RESULT
  }

  public DossierStatus {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
