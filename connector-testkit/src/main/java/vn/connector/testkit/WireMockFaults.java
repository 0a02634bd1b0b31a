package vn.connector.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Turns a {@link SimulatorFault} into a WireMock answer, so that every simulator misbehaves the
 * same way. Simulators call {@link #apply} from their response transformer with the answer they
 * would otherwise give.
 */
public final class WireMockFaults {

  private WireMockFaults() {}

  /**
   * The answer to give instead of {@code normal} when {@code fault} applies to this call.
   *
   * @param normalBody the body of the normal answer, used for delay and truncation
   */
  public static ResponseDefinition apply(
      SimulatorFault fault, ResponseDefinition normal, byte[] normalBody) {
    if (fault instanceof SimulatorFault.Delay d) {
      return ResponseDefinitionBuilder.like(normal)
          .withFixedDelay((int) d.delay().toMillis())
          .build();
    }
    if (fault instanceof SimulatorFault.ServiceUnavailable s) {
      return retryLater(503, s.retryAfter().toSeconds());
    }
    if (fault instanceof SimulatorFault.TooManyRequests t) {
      return retryLater(429, t.retryAfter().toSeconds());
    }
    if (fault instanceof SimulatorFault.ConnectionReset) {
      return WireMock.aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    if (fault instanceof SimulatorFault.BadGateway) {
      return status(502, "Bad Gateway");
    }
    if (fault instanceof SimulatorFault.GatewayTimeout) {
      return status(504, "Gateway Timeout");
    }
    if (fault instanceof SimulatorFault.ServiceUnavailableUntil u) {
      return WireMock.aResponse()
          .withStatus(503)
          .withHeader(
              "Retry-After",
              DateTimeFormatter.RFC_1123_DATE_TIME.format(u.until().atZone(ZoneOffset.UTC)))
          .withBody("Service Unavailable")
          .build();
    }
    if (fault instanceof SimulatorFault.ResetMidBody) {
      return WireMock.aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK)
          .build();
    }
    if (fault instanceof SimulatorFault.SlowTrickle t) {
      return ResponseDefinitionBuilder.like(normal)
          .withChunkedDribbleDelay(Math.max(2, normalBody.length), (int) t.total().toMillis())
          .build();
    }
    if (fault instanceof SimulatorFault.OversizedBody o) {
      byte[] big = new byte[o.bytes()];
      Arrays.fill(big, (byte) ' ');
      return ResponseDefinitionBuilder.like(normal).withBody(big).build();
    }
    if (fault instanceof SimulatorFault.MalformedBody) {
      return ResponseDefinitionBuilder.like(normal)
          .withBody("<<not what the contract says>> {[".getBytes(StandardCharsets.UTF_8))
          .build();
    }
    // SimulatorFault.TruncatedBody: the sealed interface leaves no other case.
    return ResponseDefinitionBuilder.like(normal)
        .withBody(Arrays.copyOf(normalBody, normalBody.length / 2))
        .build();
  }

  private static ResponseDefinition status(int status, String text) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(text)
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
