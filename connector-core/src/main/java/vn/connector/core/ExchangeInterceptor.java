package vn.connector.core;

/**
 * A step every request and response of an {@link HttpTransport} passes through: the place for
 * message signatures, WS-Security, evidence records, or a custom header. Interceptors run in the
 * order added for requests, in reverse order for responses, after auth has been applied.
 * Implementations must be thread-safe.
 */
public interface ExchangeInterceptor {

  /**
   * Called before every attempt, so that timestamps and nonces are fresh on a retry.
   *
   * @return the request to send (this one, or a changed copy)
   */
  default HttpRequest beforeSend(Call call, HttpRequest request) {
    return request;
  }

  /**
   * Called on every response received, before retry decisions and before the handler sees it. Throw
   * a {@link ResponseException} (such as {@link SignatureException}) to refuse it; nothing of a
   * refused response reaches the caller.
   *
   * @param sent the request as it was sent for this attempt
   */
  default HttpResponse afterReceive(Call call, HttpRequest sent, HttpResponse response) {
    return response;
  }
}
