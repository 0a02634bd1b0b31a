package vn.connector.criminalrecord;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.connector.core.DossierCode;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.VneidDossier;

/**
 * Where the portal keeps the VNeID dossiers it received, as {@link VneidReceiver} needs it: the
 * state of a known dossier, an atomic create, and the supplement of a dossier waiting for one. Back
 * it by the portal's dossier table; implementations must be thread-safe.
 *
 * <pre>{@code
 * VneidInbox inbox = new VneidInbox() {
 *   public Optional<ProcessingState> stateOf(DossierCode code) { return dossiers.state(code); }
 *   public boolean create(VneidDossier d) { return dossiers.insertIfAbsent(d); }
 *   public boolean supplement(VneidDossier d) { return dossiers.replaceIfWaiting(d); }
 * };
 * }</pre>
 */
public interface VneidInbox {

  /** The dossier's state, empty when the portal has never received it. */
  Optional<ProcessingState> stateOf(DossierCode code);

  /**
   * Stores a dossier received for the first time, in state {@link ProcessingState#RECEIVED}; false
   * when one with that code exists already (a concurrent push came first).
   */
  boolean create(VneidDossier dossier);

  /**
   * Replaces a dossier that waits for a supplement ({@link ProcessingState#SUPPLEMENT_REQUESTED})
   * with the new push and moves it back to processing; false when it no longer waits.
   */
  boolean supplement(VneidDossier dossier);

  /** An inbox in memory, for tests and examples: lost on restart. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** The in-memory inbox; {@link #setState} stands for the portal's own workflow. */
  final class InMemory implements VneidInbox {
    private record Entry(VneidDossier dossier, ProcessingState state) {}

    private final ConcurrentMap<DossierCode, Entry> entries = new ConcurrentHashMap<>();

    InMemory() {}

    @Override
    public Optional<ProcessingState> stateOf(DossierCode code) {
      return Optional.ofNullable(entries.get(code)).map(Entry::state);
    }

    @Override
    public boolean create(VneidDossier dossier) {
      return entries.putIfAbsent(
              dossier.dossierCode(), new Entry(dossier, ProcessingState.RECEIVED))
          == null;
    }

    @Override
    public boolean supplement(VneidDossier dossier) {
      Entry waiting = entries.get(dossier.dossierCode());
      return waiting != null
          && waiting.state() == ProcessingState.SUPPLEMENT_REQUESTED
          && entries.replace(
              dossier.dossierCode(), waiting, new Entry(dossier, ProcessingState.PROCESSING));
    }

    /** The dossier as last received. */
    public Optional<VneidDossier> dossier(DossierCode code) {
      return Optional.ofNullable(entries.get(code)).map(Entry::dossier);
    }

    /** Moves a dossier to {@code state}, as the portal's workflow would. */
    public void setState(DossierCode code, ProcessingState state) {
      entries.computeIfPresent(code, (c, e) -> new Entry(e.dossier(), state));
    }
  }
}
