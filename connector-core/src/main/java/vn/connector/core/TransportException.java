package vn.connector.core;

/**
 * The national system could not be reached: connection refused or reset, TLS failure, timeout.
 * Retryable unless the failure was a TLS or host-name verification error, which a retry will not
 * cure.
 */
public final class TransportException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  public TransportException(Call call, String message, boolean retryable, Throwable cause) {
    super(call, message, null, null, null, retryable, null, cause);
  }
}
