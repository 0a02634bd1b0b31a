package vn.connector.testkit.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.connector.core.Call;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;

/** An unsigned gateway answer is handed on for retries, never as the national system's word. */
class UnsignedGatewayAnswerTest {

  @Test
  void textOfAnUnsignedGatewayRefusalIsMarkedUnverified() {
    TestPki pki = TestPki.generate();
    WireMockServer gateway = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    gateway.start();
    try (HttpTransport transport =
        HttpTransport.builder()
            .retryPolicy(RetryPolicy.none())
            .interceptor(SecuredProfile.portalRestProfile(pki).portalInterceptor())
            .build()) {
      gateway.stubFor(
          post("/op")
              .willReturn(
                  aResponse()
                      .withStatus(403)
                      .withHeader("Content-Type", "text/plain; charset=utf-8")
                      .withBody("C06: yêu cầu đã được xác nhận hợp lệ")));
      HttpRequest request =
          HttpRequest.post(URI.create(gateway.baseUrl() + "/op"))
              .body("{}", "application/json")
              .build();

      assertThatThrownBy(
              () ->
                  transport.call(
                      Call.builder("test", "op").build(), request, HttpResponse::bodyAsString))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e ->
                  assertThat(e.nationalMessage())
                      .hasValueSatisfying(
                          text ->
                              assertThat(text).startsWith("unverified, unsigned: C06: yêu cầu")));
    } finally {
      gateway.stop();
    }
  }
}
