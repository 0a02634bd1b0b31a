package vn.connector.core;

/**
 * The national system answered and said no: an HTTP error status, or a national error code ({@code
 * MaLoi}, {@code error_code}, a SOAP fault, a classified phrase). The message carries the status,
 * the national code and the hint; the national text is kept as it came behind {@link
 * #nationalMessage()}, never in the message, since it may quote personal data.
 */
public class ServiceException extends ConnectorException {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status, or null when the refusal came inside a 200 answer
   * @param nationalCode the system's own code, or null
   * @param nationalMessage the system's own text, or null; it may hold personal data (a gateway
   *     echoing the request), so it is kept behind {@link #nationalMessage()} and never put in the
   *     exception's message
   * @param retryable whether trying again later may succeed
   * @param hint a known explanation, or null
   */
  public ServiceException(
      Call call,
      Integer httpStatus,
      String nationalCode,
      String nationalMessage,
      boolean retryable,
      ErrorHint hint) {
    super(
        call,
        summary(httpStatus, nationalCode, nationalMessage, hint),
        httpStatus,
        nationalCode,
        nationalMessage,
        retryable,
        hint,
        null);
  }

  private static String summary(Integer status, String code, String text, ErrorHint hint) {
    StringBuilder b = new StringBuilder("the service refused the call");
    if (status != null) {
      b.append(" (HTTP ").append(status).append(')');
    }
    if (code != null) {
      b.append(", code ").append(code);
    }
    if (hint != null) {
      b.append(" — ").append(hint);
    }
    return b.toString();
  }
}
