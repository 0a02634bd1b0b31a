package vn.connector.cli;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Short descriptions of exceptions for the table: the exception's own message and its causes', so
 * that "cannot read file" shows why. Messages of the SDK and the JDK carry no secrets; {@link
 * Redactor} takes out any configured one that slipped in all the same.
 */
final class Problems {

  private Problems() {}

  static String describe(Throwable e) {
    StringBuilder out = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (out.indexOf(message) < 0) {
        out.append(out.length() == 0 ? "" : ": ").append(message);
      }
    }
    return out.toString();
  }

  /** The first cause of one of these kinds, or null. */
  static Throwable network(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException
          || t instanceof ConnectException
          || t instanceof SocketTimeoutException
          || t instanceof SSLException) {
        return t;
      }
    }
    return null;
  }
}
