package vn.connector.core;

/**
 * The national system answered, but the answer could not be read (malformed, truncated, not the
 * contracted shape) or could not be verified. No data from such an answer reaches the caller.
 */
public class ResponseException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  public ResponseException(Call call, String message, Throwable cause) {
    this(call, message, null, cause);
  }

  public ResponseException(Call call, String message, Integer httpStatus, Throwable cause) {
    super(call, message, httpStatus, null, null, false, null, cause);
  }
}
