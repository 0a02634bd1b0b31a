package vn.connector.core.internal;

/**
 * An answer (or record) that does not have the contract's shape; the message names the field. A
 * connector's wire layer throws it and its calls turn it into {@code ResponseException}, which
 * needs the call the wire layer does not know. One class for every connector, so none keeps its
 * own.
 */
public final class MalformedAnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedAnswerException(String message) {
    super(message);
  }

  public MalformedAnswerException(String message, Throwable cause) {
    super(message, cause);
  }
}
