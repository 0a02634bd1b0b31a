package vn.connector.outbox;

import vn.connector.core.ConnectorException;

/**
 * Says what one answer of a remote system means for a {@link Tracker}, in the manner of the AWS
 * SDK's waiters: the dossier reached a final state, is still in progress, or went wrong.
 *
 * <pre>{@code
 * Acceptor<CaseStatus> acceptor = status -> switch (status.code()) {
 *   case "9", "10" -> Acceptor.State.FINAL;      // result issued / refused
 *   case "-1" -> Acceptor.State.ERROR;
 *   default -> Acceptor.State.KEEP_POLLING;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Acceptor<T> {

  /** What an answer means. */
  enum State {
    /** The remote dossier is done: tracking ends and the completion runs. */
    FINAL,
    /** Not there yet: poll again after the interval. */
    KEEP_POLLING,
    /** It went wrong for good: tracking ends and the completion runs. */
    ERROR
  }

  /** What {@code answer} means. */
  State accept(T answer);

  /**
   * What a failed poll means (default: a retryable {@link ConnectorException} and any other runtime
   * exception keep polling with backoff; a refusal ends tracking as {@link State#ERROR}).
   */
  default State acceptFailure(RuntimeException failure) {
    if (failure instanceof ConnectorException e && !e.isRetryable()) {
      return State.ERROR;
    }
    return State.KEEP_POLLING;
  }
}
