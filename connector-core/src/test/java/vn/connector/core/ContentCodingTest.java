package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compressed answers: the transport asks for gzip and deflate, hands on the decoded body without
 * the headers that described the compressed one, and bounds the decoded size, not the compressed.
 */
class ContentCodingTest {

  private static final String ANSWER = "{\"maDoanhNghiep\":\"0101234567\",\"ten\":\"Công ty\"}";

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private HttpTransport transport;

  @BeforeEach
  void start() {
    server.start();
    transport = HttpTransport.builder().auditListener(e -> {}).maxAnswerBytes(1 << 20).build();
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop();
  }

  @Test
  void aGzipAnswerIsHandedOnDecodedWithoutItsWireHeaders() throws IOException {
    byte[] gzip = compress(ANSWER.getBytes(StandardCharsets.UTF_8), true);
    server.stubFor(
        get("/g")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip)));

    HttpResponse r = send("/g");

    assertThat(r.bodyAsString()).isEqualTo(ANSWER);
    assertThat(r.header("Content-Encoding")).isEmpty();
    assertThat(r.header("Content-Length")).isEmpty();
    server.verify(
        getRequestedFor(urlEqualTo("/g"))
            .withHeader("Accept-Encoding", equalTo("gzip, x-gzip, deflate")));
  }

  @Test
  void aDeflateAnswerIsDecodedToo() throws IOException {
    byte[] deflate = compress(ANSWER.getBytes(StandardCharsets.UTF_8), false);
    server.stubFor(
        get("/d")
            .willReturn(aResponse().withHeader("Content-Encoding", "deflate").withBody(deflate)));

    assertThat(send("/d").bodyAsString()).isEqualTo(ANSWER);
  }

  @Test
  void aSmallCompressedAnswerThatDecodesPastTheLimitIsRefused() throws IOException {
    byte[] bomb = compress(new byte[8 << 20], true); // 8 MiB of zeros in about 8 KB
    assertThat(bomb.length).isLessThan(64 * 1024);
    server.stubFor(
        get("/bomb").willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(bomb)));

    assertThatThrownBy(() -> send("/bomb"))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("answer exceeds 1048576 bytes");
  }

  @Test
  void anUnknownCodingIsHandedOnAsItCame() {
    server.stubFor(
        get("/br").willReturn(aResponse().withHeader("Content-Encoding", "br").withBody("raw")));

    HttpResponse r = send("/br");

    assertThat(r.bodyAsString()).isEqualTo("raw");
    assertThat(r.header("Content-Encoding")).contains("br");
  }

  private HttpResponse send(String path) {
    Call call = Call.builder("test", "read").idempotent(true).build();
    return transport.call(
        call, HttpRequest.get(URI.create(server.baseUrl() + path)).build(), r -> r);
  }

  private static byte[] compress(byte[] data, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }
}
