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
  void eachGenerationOfDerivedRequestsHasItsOwnHeadersAndKeepsRepeatedValues() {
    HttpRequest first =
        new HttpRequest(
            "GET",
            URI_,
            java.util.Map.of("Accept", java.util.List.of("application/json", "text/xml")),
            new byte[0]);
    HttpRequest second = first.withHeader("x-a", "1");
    HttpRequest third = second.withHeader("X-A", "2").withoutHeader("ACCEPT");
    HttpRequest fourth = third.withHeaders(java.util.Map.of("x-b", "3"));

    assertThat(second.headers().get("accept")).containsExactly("application/json", "text/xml");
    assertThat(second.header("X-A")).hasValue("1");
    assertThat(third.headers()).containsOnlyKeys("x-a");
    assertThat(third.header("x-a")).hasValue("2");
    assertThat(fourth.header("X-B")).hasValue("3");
    assertThat(fourth.header("X-A")).hasValue("2");
    assertThat(third.header("x-b")).isEmpty();
    assertThat(first.headers()).containsOnlyKeys("Accept");
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
