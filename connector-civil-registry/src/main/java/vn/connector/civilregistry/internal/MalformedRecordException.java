package vn.connector.civilregistry.internal;

/** A record or answer that does not have the contracted shape; the message names the field. */
public final class MalformedRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedRecordException(String message) {
    super(message);
  }

  public MalformedRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
