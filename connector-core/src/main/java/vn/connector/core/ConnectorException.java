package vn.connector.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Root of the SDK's one unchecked exception tree. Every failure of a call to a national system is
 * one of three kinds:
 *
 * <ul>
 *   <li>{@link TransportException}: the service could not be reached (connect, TLS, timeout,
 *       reset);
 *   <li>{@link ServiceException}: the service answered and said no (HTTP status, national code);
 *   <li>{@link ResponseException}: the answer could not be read or could not be verified ({@link
 *       SignatureException} for a failed signature or checksum rule).
 * </ul>
 *
 * <p>Each carries the system, the operation and the request id (the one the national log shows),
 * the national code and text where the system gave them, whether a later retry may succeed, and a
 * short hint in Vietnamese and English where the code is known. Messages never contain personal
 * data unmasked, nor secrets.
 *
 * <pre>{@code
 * try {
 *   client.verify(context, query);
 * } catch (ServiceException e) {
 *   log.warn("{} said no: {} {}", e.system(), e.nationalCode().orElse("-"), e.hint().map(ErrorHint::english).orElse(""));
 * } catch (ConnectorException e) {
 *   if (e.isRetryable()) scheduleLater();
 * }
 * }</pre>
 */
public class ConnectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String system;
  private final String operation;
  private final String requestId;
  private final String nationalCode;
  private final String nationalMessage;
  private final Integer httpStatus;
  private final boolean retryable;
  private final ErrorHint hint;

  ConnectorException(
      Call call,
      String message,
      Integer httpStatus,
      String nationalCode,
      String nationalMessage,
      boolean retryable,
      ErrorHint hint,
      Throwable cause) {
    super(describe(call, message), cause);
    this.system = call.system();
    this.operation = call.operation();
    this.requestId = call.requestId();
    this.httpStatus = httpStatus;
    this.nationalCode = nationalCode;
    this.nationalMessage = nationalMessage;
    this.retryable = retryable;
    this.hint = hint;
  }

  private static String describe(Call call, String message) {
    return call.system() + "/" + call.operation() + " [" + call.requestId() + "]: " + message;
  }

  /** Short name of the national system, such as {@code population}. */
  public String system() {
    return system;
  }

  /** The operation that failed, such as {@code verify}. */
  public String operation() {
    return operation;
  }

  /** The request id sent to the national system, the same on every attempt of this call. */
  public String requestId() {
    return requestId;
  }

  /**
   * The national system's own error code ({@code MaLoi}, {@code error_code}, ...), if it gave one.
   */
  public Optional<String> nationalCode() {
    return Optional.ofNullable(nationalCode);
  }

  /**
   * The national system's own error text, if it gave one, as it came. <b>It may hold personal
   * data</b>: national systems and gateways echo the request (names, birth dates, ID numbers,
   * addresses) in their error texts. Never log it as it is: {@link #maskedNationalMessage()} is the
   * form for logs and screens.
   */
  public Optional<String> nationalMessage() {
    return Optional.ofNullable(nationalMessage);
  }

  /**
   * The national text for logs: control characters dropped, digit runs masked, cut at 200
   * characters, and every word that is not an all-lower-case Vietnamese word masked to its first
   * letter (names and places are capitalised in Vietnamese; error wording is not).
   */
  public Optional<String> maskedNationalMessage() {
    return Optional.ofNullable(nationalMessage).map(vn.connector.core.internal.Text::maskFreeText);
  }

  /** The HTTP status of the last answer, if one was received. */
  public OptionalInt httpStatus() {
    return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** Whether the same call may succeed if tried again later (the SDK already retried it). */
  public boolean isRetryable() {
    return retryable;
  }

  /** A short explanation in Vietnamese and English, where the code is known. */
  public Optional<ErrorHint> hint() {
    return Optional.ofNullable(hint);
  }
}
