package vn.connector.postal.internal;

/**
 * An answer that is not the contract's shape; the calls layer turns it into a ResponseException.
 */
public final class MalformedAnswerException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedAnswerException(String message) {
    super(message);
  }
}
