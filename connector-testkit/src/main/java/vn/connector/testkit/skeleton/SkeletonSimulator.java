package vn.connector.testkit.skeleton;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.connector.core.AgencyCode;
import vn.connector.core.Auth;
import vn.connector.core.Secret;
import vn.connector.skeleton.SkeletonClient;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.TokenDesk;

/**
 * Simulator of the skeleton system, the one to copy for a new connector: WireMock on loopback, a
 * {@link TokenDesk} for its oauth2 tokens, the shared {@link FaultInjector}, and a transformer that
 * enforces the contract (auth first, then faults, then the operation). Remembers pushed dossiers,
 * so a second push answers {@code 101}.
 *
 * <pre>{@code
 * try (SkeletonSimulator sim = SkeletonSimulator.start();
 *     SkeletonClient client = sim.clientBuilder().build()) {
 *   client.submit(context, new Submission(dossier, "Đăng ký khai sinh"));
 * }
 * }</pre>
 */
public final class SkeletonSimulator implements Simulator {

  public static final String CONSUMER_KEY = "skeleton-test-consumer";
  public static final String CONSUMER_SECRET = "skeleton-test-secret";
  public static final String UNIT = "000.00.01.H22";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final TokenDesk tokens =
      TokenDesk.oauth2(CONSUMER_KEY, CONSUMER_SECRET, Clock.systemUTC());
  private final SkeletonTransformer transformer = new SkeletonTransformer(tokens, faults);

  private SkeletonSimulator() {
    server =
        new WireMockServer(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(transformer));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts a simulator on a free loopback port. */
  public static SkeletonSimulator start() {
    return new SkeletonSimulator();
  }

  @Override
  public String system() {
    return "skeleton";
  }

  @Override
  public URI baseUrl() {
    return URI.create(server.baseUrl());
  }

  public URI tokenUrl() {
    return URI.create(server.baseUrl() + SkeletonTransformer.TOKEN_PATH);
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("skeleton.endpoint", baseUrl().toString());
    info.put("skeleton.auth", "oauth2-client-credentials");
    info.put("skeleton.tokenUrl", tokenUrl().toString());
    info.put("skeleton.consumerKey", CONSUMER_KEY);
    info.put("skeleton.consumerSecret", CONSUMER_SECRET);
    info.put("skeleton.unit", UNIT);
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** The token endpoint (its tokens and faults). */
  public TokenDesk tokenDesk() {
    return tokens;
  }

  /** Makes the next answer say the session expired ({@code maLoi -1}) once. */
  public void expireSessionOnce() {
    transformer.expireSessionOnce();
  }

  /** How many API calls (not token requests) arrived since start or reset. */
  public int apiCallCount() {
    return (int)
        server.getAllServeEvents().stream()
            .filter(e -> !e.getRequest().getUrl().startsWith(SkeletonTransformer.TOKEN_PATH))
            .count();
  }

  /** A client builder set up for this simulator. */
  public SkeletonClient.Builder clientBuilder() {
    return SkeletonClient.builder()
        .endpoint(baseUrl())
        .unit(AgencyCode.parse(UNIT))
        .auth(Auth.oauth2ClientCredentials(tokenUrl(), CONSUMER_KEY, Secret.of(CONSUMER_SECRET)));
  }

  @Override
  public void reset() {
    server.resetRequests();
    faults.clear();
    tokens.reset();
    transformer.reset();
  }

  @Override
  public void close() {
    server.stop();
  }
}
