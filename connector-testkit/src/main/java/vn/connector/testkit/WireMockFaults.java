package vn.connector.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a {@link Fault} into a WireMock answer, so that every simulator misbehaves the same way.
 * Simulators call {@link #apply} from their response transformer with the answer they would
 * otherwise give.
 */
public final class WireMockFaults {

  private WireMockFaults() {}

  /**
   * The answer to give instead of {@code normal} when {@code fault} applies to this call.
   *
   * @param normalBody the body of the normal answer, used for delay and truncation
   */
  public static ResponseDefinition apply(
      Fault fault, ResponseDefinition normal, byte[] normalBody) {
    if (fault instanceof Fault.Delay d) {
      return ResponseDefinitionBuilder.like(normal)
          .withFixedDelay((int) d.delay().toMillis())
          .build();
    }
    if (fault instanceof Fault.ServiceUnavailable s) {
      return retryLater(503, s.retryAfter().toSeconds());
    }
    if (fault instanceof Fault.TooManyRequests t) {
      return retryLater(429, t.retryAfter().toSeconds());
    }
    if (fault instanceof Fault.ConnectionReset) {
      return WireMock.aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    if (fault instanceof Fault.MalformedBody) {
      return ResponseDefinitionBuilder.like(normal)
          .withBody("<<not what the contract says>> {[".getBytes(StandardCharsets.UTF_8))
          .build();
    }
    // Fault.TruncatedBody: the sealed interface leaves no other case.
    return ResponseDefinitionBuilder.like(normal)
        .withBody(Arrays.copyOf(normalBody, normalBody.length / 2))
        .build();
  }

  private static ResponseDefinition retryLater(int status, long seconds) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Retry-After", Long.toString(seconds))
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(status == 429 ? "Too Many Requests" : "Service Unavailable")
        .build();
  }
}
