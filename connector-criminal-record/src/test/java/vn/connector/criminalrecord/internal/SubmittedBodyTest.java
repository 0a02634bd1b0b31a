package vn.connector.criminalrecord.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Secret;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.Samples;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.SubmitOutcome;

/**
 * The submission on the wire, every attempt, is the body the SDK sent before issue 16's third
 * round: the declaration's tree written by the mapper, {@code authKey} added last by the scan.
 */
class SubmittedBodyTest {

  private static final String SUBMIT = "/v2/lyLichTuPhap/nhanHoSoLLTP";
  private static final String KEY = "k\"\\ổ-" + Samples.AUTH_KEY;

  private WireMockServer server;
  private final List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void everyAttemptCarriesTheOldBodyWithTheKeyLast() {
    server.stubFor(
        post(urlPathEqualTo(SUBMIT))
            .inScenario("retry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(
        post(urlPathEqualTo(SUBMIT))
            .inScenario("retry")
            .whenScenarioStateIs("up")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain; charset=utf-8")
                    .withBody("Gửi thông tin thành công")));
    Declaration d = Samples.declaration().mandate(Samples.mandate()).build();
    try (CriminalRecordClient client = client()) {
      assertThat(client.submit(Samples.context(), d)).isEqualTo(SubmitOutcome.ACCEPTED);
    }
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo(SUBMIT)));
    assertThat(sent).hasSize(2);
    assertThat(sleeps).hasSize(1);
    String expected = oldBody(d);
    for (LoggedRequest r : sent) {
      assertThat(new String(r.getBody(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  private static String oldBody(Declaration d) {
    byte[] tree =
        Json.write(DeclarationTree.body(d, new Province("24", "Bắc Giang"), Samples.codes()));
    String open = new String(Arrays.copyOf(tree, tree.length - 1), StandardCharsets.UTF_8);
    return open + ",\"authKey\":\"k\\\"\\\\ổ-" + Samples.AUTH_KEY + "\"}";
  }

  private CriminalRecordClient client() {
    return CriminalRecordClient.builder()
        .endpoint(URI.create(server.baseUrl()))
        .authKey(Secret.of(KEY))
        .province("24", "Bắc Giang")
        .codeTable(Samples.codes())
        .sleeper(sleeps::add)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .build();
  }
}
