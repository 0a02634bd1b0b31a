package vn.connector.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token sources and placements: single flight, deadlines, unavailable endpoints. */
class TokenSourceTest {

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  @BeforeEach
  void start() {
    server.start();
    server.stubFor(get("/api").willReturn(aResponse().withBody("ok")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }

  private HttpTransport transport(Auth auth, Duration deadline) {
    return HttpTransport.builder()
        .auth(auth)
        .retryPolicy(RetryPolicy.builder().deadline(deadline).build())
        .sleeper(d -> {})
        .auditListener(e -> {})
        .build();
  }

  private static Call call() {
    return Call.builder("postal", "orderpost").idempotent(true).build();
  }

  private void tokenAnswers(String json) {
    server.stubFor(
        post("/token")
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
  }

  @Test
  void everyCallerEndsWithinItsDeadlineWhileTheTokenEndpointHangs() throws Exception {
    try (MisbehavingServer hung =
            new MisbehavingServer(
                c -> {
                  c.readRequest();
                  c.hangUntilClosed();
                });
        HttpTransport t =
            transport(
                Auth.oauth2ClientCredentials(hung.uri("/token"), "k", Secret.of("s")),
                Duration.ofSeconds(2))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Duration>> took = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        took.add(pool.submit(() -> timed(t)));
      }
      for (Future<Duration> f : took) {
        assertThat(f.get()).isLessThan(Duration.ofMillis(3_000));
      }
      pool.shutdown();
      assertThat(hung.connections()).isLessThanOrEqualTo(2);
      server.verify(0, getRequestedFor(urlEqualTo("/api")));
    }
  }

  private Duration timed(HttpTransport t) {
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.isRetryable()).isTrue());
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  @Test
  void aTokenEndpointAnswering503IsUnavailableNotARefusalOfTheCredentials() {
    server.stubFor(post("/token").willReturn(aResponse().withStatus(503)));
    try (HttpTransport t =
        transport(
            Auth.oauth2ClientCredentials(uri("/token"), "k", Secret.of("s")),
            Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.getMessage()).contains("token endpoint unavailable (HTTP 503)");
                assertThat(e.getMessage()).doesNotContain("refused");
                assertThat(e.isRetryable()).isTrue();
              });
    }
    // Fetches obey the call's retry policy: three attempts, then the call ends.
    server.verify(3, postRequestedFor(urlEqualTo("/token")));
  }

  @Test
  void placesATypedTokenAsTheEndpointNamedItsType() {
    tokenAnswers("{\"access_token\":\"abc\",\"expires_in\":600,\"token_type\":\"VNPost\"}");
    try (HttpTransport t =
        transport(
            Auth.tokenTypeHeader(uri("/token"), "k", Secret.of("s")), Duration.ofSeconds(10))) {
      t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r);
      t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/token")));
    server.verify(
        2,
        getRequestedFor(urlEqualTo("/api"))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("VNPost abc")));
  }

  @Test
  void placesTheTokenInItsOwnHeader() {
    tokenAnswers("{\"access_token\":\"abc\",\"expires_in\":600}");
    try (HttpTransport t =
        transport(
            Auth.accessTokenHeader(uri("/token"), "k", Secret.of("s")), Duration.ofSeconds(10))) {
      t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r);
    }
    server.verify(
        getRequestedFor(urlEqualTo("/api"))
            .withHeader(
                "access_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("abc"))
            .withoutHeader("Authorization"));
  }

  @Test
  void putsTheAuthKeyInTheJsonBodyAndNoAuthHeader() {
    server.stubFor(post("/lltp").willReturn(aResponse().withBody("ok")));
    try (HttpTransport t =
        transport(Auth.bodyAuthKey(Secret.of("key-1")), Duration.ofSeconds(10))) {
      HttpRequest r =
          HttpRequest.post(uri("/lltp")).body("{\"maTinh\":\"24\"}", "application/json").build();
      t.call(call(), r, x -> x);
    }
    String body = server.findAll(postRequestedFor(urlEqualTo("/lltp"))).get(0).getBodyAsString();
    assertThat(body).isEqualTo("{\"maTinh\":\"24\",\"authKey\":\"key-1\"}");
  }

  @Test
  void aTokenNeverShowsInToString() {
    TokenSource.Token token =
        new TokenSource.Token("secret-token", "Bearer", java.time.Instant.MAX);
    assertThat(token.toString()).doesNotContain("secret-token");
  }

  @Test
  void aRefusedFixedTokenIsNotSentAgain() {
    server.stubFor(get("/api").willReturn(aResponse().withStatus(401)));
    try (HttpTransport t =
        transport(
            Auth.token(TokenSource.fixed(Secret.of("x")), TokenPlacement.bearer()),
            Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> t.call(call(), HttpRequest.get(uri("/api")).build(), r -> r))
          .isInstanceOf(ServiceException.class);
    }
    server.verify(1, getRequestedFor(urlEqualTo("/api")));
  }
}
