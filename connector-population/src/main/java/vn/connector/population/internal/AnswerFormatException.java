package vn.connector.population.internal;

/** The answer could not be read; the client turns it into a core {@code ResponseException}. */
public final class AnswerFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnswerFormatException(String message) {
    super(message);
  }

  public AnswerFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
