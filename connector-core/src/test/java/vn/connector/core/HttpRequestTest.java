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

  @Test
  void severalHeadersSetAtOnceReplaceTheirOldValuesWhateverTheCase() {
    HttpRequest request =
        HttpRequest.post(URI_).header("authorization", "old").body("abc", "text/plain").build();

    HttpRequest set =
        request.withHeaders(java.util.Map.of("Authorization", "Basic x", "Timestamp", "1"));

    assertThat(set.headers().get("AUTHORIZATION")).containsExactly("Basic x");
    assertThat(set.header("timestamp")).hasValue("1");
    assertThat(set.header("Content-Type")).hasValue("text/plain");
    assertThat(set.body()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    assertThat(request.header("Authorization")).hasValue("old");
  }

  @Test
  void aResponseCannotBeChangedThroughTheBodyItHandsOut() {
    byte[] given = "abc".getBytes(StandardCharsets.US_ASCII);
    HttpResponse received = HttpResponse.received(200, new java.util.TreeMap<>(), given);
    HttpResponse copied = new HttpResponse(200, received.headers(), received.body());

    received.body()[0] = 'x';

    assertThat(received.body()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    assertThat(copied.body()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
  }
}
