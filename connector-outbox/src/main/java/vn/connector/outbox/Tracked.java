package vn.connector.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One remote dossier a {@link Tracker} follows, as persisted.
 *
 * <pre>{@code
 * Tracked t = tracker.tracked("HS-2026-0001").orElseThrow();
 * if (t.state() == Tracked.State.POLLING) { ... }
 * }</pre>
 *
 * @param id the row's id
 * @param system the remote system
 * @param key the portal's key, usually its dossier code
 * @param reference the remote system's reference of the dossier, what is polled
 * @param state where tracking stands
 * @param polls how often it was polled
 * @param startedAt when tracking began; {@link Tracker.Builder#maxAge} counts from here
 * @param lastStatus the last answer as described by the tracker, when there was one
 */
public record Tracked(
    long id,
    String system,
    String key,
    String reference,
    State state,
    int polls,
    Instant startedAt,
    Optional<String> lastStatus) {

  public Tracked {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(lastStatus, "lastStatus");
  }

  /** Where tracking stands. */
  public enum State {
    /** Still polled. */
    POLLING,
    /** The acceptor said final. */
    FINAL,
    /** The acceptor said error. */
    ERROR,
    /** Not final within the tracker's maximum age. */
    EXPIRED
  }
}
