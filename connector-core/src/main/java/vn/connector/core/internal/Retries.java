package vn.connector.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.utils.DateUtils;
import vn.connector.core.HttpResponse;

/** The retry rules of {@link vn.connector.core.RetryPolicy}, in one place. */
public final class Retries {

  private Retries() {}

  /** Statuses that say "try again later". */
  public static boolean isRetryableStatus(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Whether a status proves the request was not processed, so even a non-idempotent call may be
   * sent again: 429 and 503 are refusals before processing; 502 and 504 are not (the national
   * system may have acted and the gateway lost the answer).
   */
  public static boolean provesNotProcessed(int status) {
    return status == 429 || status == 503;
  }

  /** Whether a transport failure may pass on another attempt. TLS and DNS failures will not. */
  public static boolean isRetryable(IOException e) {
    return !(e instanceof SSLException) && !(e instanceof UnknownHostException);
  }

  /**
   * Whether the request cannot have reached the service: safe to resend even when not idempotent.
   */
  public static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof ConnectTimeoutException
        || e instanceof NoRouteToHostException;
  }

  public static boolean isTimeout(IOException e) {
    return e instanceof InterruptedIOException;
  }

  /** The wait a response asks for: {@code Retry-After} in seconds or as an HTTP date. */
  public static Optional<Duration> retryAfter(HttpResponse response, Instant now) {
    Optional<String> header = response.header("Retry-After");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      Instant at = DateUtils.parseStandardDate(v);
      return at == null
          ? Optional.empty()
          : Optional.of(
              Duration.between(now, at).isNegative() ? Duration.ZERO : Duration.between(now, at));
    }
  }
}
