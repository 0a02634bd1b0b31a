package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;

class XroadIdInterceptorTest {

  private static final String BARE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
      + "<soap:Body><q:TraCuuThongTinCongDan xmlns:q=\"http://dancuquocgia.bca\"/></soap:Body></soap:Envelope>";
  private static final String WITH_HEADER = BARE.replace("<soap:Body>", "<soap:Header><h:Other xmlns:h=\"urn:h\"/></soap:Header><soap:Body>");

  private final Call call = Call.builder("population", "TraCuuThongTinCongDan").idempotent(true).build();

  @Test
  void addsAHeaderCarryingTheRequestIdWhenTheEnvelopeHasNone() {
    String sent = send(BARE);

    assertThat(sent).contains("<soap:Header><xroad:id xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\">"
        + call.requestId() + "</xroad:id></soap:Header><soap:Body>");
  }

  @Test
  void keepsExistingHeadersAndTheSameIdOnEveryAttempt() {
    String first = send(WITH_HEADER);

    assertThat(first).contains("<h:Other xmlns:h=\"urn:h\"/><xroad:id").contains(call.requestId());
    assertThat(send(WITH_HEADER)).isEqualTo(first);
  }

  private String send(String envelope) {
    HttpRequest request = HttpRequest.post(URI.create("https://c06.example/dancu"))
        .body(envelope.getBytes(StandardCharsets.UTF_8), "application/xml").build();
    return new String(new XroadIdInterceptor().beforeSend(call, request).body(), StandardCharsets.UTF_8);
  }
}
