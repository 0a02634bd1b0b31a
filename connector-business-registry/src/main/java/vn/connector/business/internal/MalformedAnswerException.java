package vn.connector.business.internal;

/**
 * The registry's answer does not have the shape of the contract. The client turns it into core's
 * {@code ResponseException}, which needs the call this class does not know.
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
