package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpRequestTest {

  private static final URI URI_ = URI.create("https://gateway.example.gov.vn/api");

  @Test
  void aDerivedRequestKeepsItsBodyAndHeadersAndCannotBeChangedFromOutside() {
    byte[] given = "abc".getBytes(StandardCharsets.US_ASCII);
    HttpRequest request = HttpRequest.post(URI_).body(given, "text/plain").build();
    given[0] = 'x';

    HttpRequest derived = request.withHeader("x-request-id", "1").withHeader("Authorization", "B");
    derived.body()[1] = 'x';

    assertThat(derived.body()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    assertThat(request.body()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    assertThat(derived.header("X-Request-Id")).hasValue("1");
    assertThat(derived.headers()).containsKeys("Content-Type", "authorization");
    assertThat(request.header("X-Request-Id")).isEmpty();
    assertThat(derived.withoutHeader("AUTHORIZATION").headers()).doesNotContainKey("Authorization");
  }

  @Test
  void aRequestMadeFromAnothersHeadersCopiesTheBodyItIsGiven() {
    HttpRequest request = HttpRequest.post(URI_).body("abc", "text/plain").build();
    byte[] other = "def".getBytes(StandardCharsets.US_ASCII);

    HttpRequest made = new HttpRequest("POST", URI_, request.headers(), other);
    other[0] = 'x';

    assertThat(made.body()).asString(StandardCharsets.US_ASCII).isEqualTo("def");
    assertThat(made.headers()).isEqualTo(request.headers());
  }
}
