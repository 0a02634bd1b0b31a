package vn.connector.testkit.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.connector.population.PopulationClientBuilder;
import vn.connector.population.PopulationProfile;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.security.HttpsFiles;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/**
 * Simulator of the national population database (C06) on loopback, built on WireMock. Serves the
 * three profiles of population.md, applies its matching rules to a book of made-up personas and
 * enforces auth exactly:
 *
 * <ul>
 *   <li>direct: {@code POST /c06/dancu}, c06-signed-basic (signature over authUrl + user +
 *       timestamp + secret, timestamp within 300 s of the simulator's clock, ApiKey, and {@code
 *       X-Road-Client} equal to {@link Credentials#xRoadClient()});
 *   <li>lgsp-soap: {@code POST /lgsp/dancu/<operation>}; lgsp-json: {@code POST
 *       /lgsp/dancu-json/<operation>}; both want a bearer token from {@code POST /lgsp/token} plus
 *       the {@code lgspaccesstoken} header.
 * </ul>
 *
 * On both SOAP paths an X-Road header block (message protocol 4.0) is checked as a security server
 * would: {@code xroad:client} must be the credentials' X-Road client, {@code xroad:service} name
 * the operation of the body, {@code xroad:protocolVersion} be {@code 4.0}; the block is echoed in
 * the answer. Bad auth is HTTP 401; a malformed request or X-Road header a SOAP fault (HTTP 500);
 * no match an empty {@code CongdanCollection}. Faults come from {@link #faults()}.
 *
 * <pre>{@code
 * try (PopulationSimulator sim = PopulationSimulator.start()) {
 *   URI endpoint = sim.directEndpoint();
 *   Credentials credentials = sim.credentials();
 * }
 * }</pre>
 */
public final class PopulationSimulator implements Simulator {

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final Credentials credentials;
  private final PersonaBook book;
  private final TestPki pki;
  private final boolean mutualTls;
  private final SecuredPopulation secured;
  private final HttpsFiles tls;

  private PopulationSimulator(Builder b) {
    this.credentials = b.credentials;
    this.book = new PersonaBook(b.personas);
    this.pki = b.pki;
    this.mutualTls = b.mutualTls;
    WireMockConfiguration config =
        options().bindAddress("127.0.0.1").containerThreads(b.threads).jettyAcceptors(2);
    if (!b.journal) {
      config.disableRequestJournal();
    }
    SimulatorAuth auth = new SimulatorAuth(credentials, b.clock);
    config.extensions(new PopulationTransformer(book, auth, faults, b.answerNamespace));
    if (pki == null) {
      this.secured = null;
      this.tls = null;
      config.port(b.port);
    } else {
      this.secured = new SecuredPopulation(pki);
      this.tls = new HttpsFiles(pki);
      tls.configure(config, b.port, mutualTls).extensions(secured);
    }
    this.server = new WireMockServer(config);
    try {
      server.start();
    } catch (RuntimeException e) {
      // The key stores hold the test CA's key: never leave them behind in the temp directory.
      if (tls != null) {
        tls.close();
      }
      throw e;
    }
    auth.authUrl(b.authUrl != null ? b.authUrl.toString() : directEndpoint().toString());
    server.stubFor(any(urlPathMatching("/(c06|lgsp)/.*")).willReturn(aResponse().withStatus(200)));
  }

  /** Starts a simulator with the built-in personas on a free port. */
  public static PopulationSimulator start() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String system() {
    return "population";
  }

  @Override
  public URI baseUrl() {
    return URI.create(
        pki == null
            ? "http://127.0.0.1:" + server.port()
            : "https://127.0.0.1:" + server.httpsPort());
  }

  /** URL of the direct profile (one URL for every operation). */
  public URI directEndpoint() {
    return baseUrl().resolve(PopulationTransformer.DIRECT_PATH);
  }

  /** Base of the lgsp-soap profile: each operation is posted to {@code base/<operation name>}. */
  public URI lgspSoapBase() {
    return baseUrl().resolve("/lgsp/dancu");
  }

  /** Base of the lgsp-json profile: each operation is posted to {@code base/<operation name>}. */
  public URI lgspJsonBase() {
    return baseUrl().resolve("/lgsp/dancu-json");
  }

  /** Token URL of the LGSP (lgsp-access-token scheme). */
  public URI tokenUrl() {
    return baseUrl().resolve(PopulationTransformer.TOKEN_PATH);
  }

  public Credentials credentials() {
    return credentials;
  }

  /** The personas this simulator answers from. */
  public List<Persona> personas() {
    return book.all();
  }

  /**
   * The {@code population.*} keys of a {@code CONNECTOR_CONFIG} file for the direct profile of this
   * simulator, with its test credentials.
   */
  public Map<String, String> directConfigKeys() {
    Credentials c = credentials();
    return Map.of(
        "population.profile", "direct",
        "population.endpoint", directEndpoint().toString(),
        "population.serviceCode", "VPCP",
        "population.integrationCode", "037",
        "population.user", c.user(),
        "population.secret", c.secret(),
        "population.apiKey", c.apiKey(),
        "population.auth.xRoadClient", c.xRoadClient());
  }

  @Override
  public Map<String, String> connectionInfo() {
    return SimulatorClients.connectionInfo(this);
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** The underlying WireMock server, to read the request journal in tests. */
  public WireMockServer wireMock() {
    return server;
  }

  /**
   * A client builder already pointed at this simulator for {@code profile}, with its test
   * credentials and, for a secured simulator, TLS trusting the test root, the agency's client
   * certificate and the matching secured profile; add a sleeper, an audit listener or timeouts,
   * then build.
   */
  public PopulationClientBuilder clientBuilder(PopulationProfile profile) {
    return SimulatorClients.builder(this, profile);
  }

  /** The test PKI of a simulator that requires the secured profile. */
  public Optional<TestPki> pki() {
    return Optional.ofNullable(pki);
  }

  /** True when clients must present a certificate of the test PKI (mutual TLS). */
  public boolean requiresClientCertificate() {
    return mutualTls;
  }

  /**
   * Makes the next signed answers misbehave, one answer each, in order (secured simulators only): a
   * portal's verifier must refuse every one of them.
   *
   * @throws IllegalStateException when the simulator was built without {@link
   *     Builder#securedProfile}
   */
  public PopulationSimulator nextSecurityFaults(SecurityFault... next) {
    if (secured == null) {
      throw new IllegalStateException("this simulator was built without securedProfile(pki)");
    }
    secured.next(next);
    return this;
  }

  /** Clears injected faults (security faults included) and the request journal. */
  public void reset() {
    faults.clear();
    if (secured != null) {
      secured.clear();
    }
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
    if (tls != null) {
      tls.close();
    }
  }

  /** Settings of a simulator. */
  public static final class Builder {
    private final List<Persona> personas = new ArrayList<>(PersonaBook.builtIn());
    private Credentials credentials = Credentials.defaults();
    private Clock clock = Clock.systemUTC();
    private URI authUrl;
    private int port;
    private int threads = 32;
    private boolean journal = true;
    private String answerNamespace = AnswerWriter.ANSWER_NS;
    private TestPki pki;
    private boolean mutualTls;

    private Builder() {}

    /**
     * Requires the secured profile (hồ sơ truyền tải an toàn) with {@code pki}: serves HTTPS with
     * the PKI's server certificate, refuses requests not signed by the PKI's agency (HTTP 401 with
     * {@code X-Signature-Error}: WS-Security on the SOAP profiles, RFC 9421 on lgsp-json), signs
     * every answer as the PKI's national identity. Use {@link
     * PopulationSimulator#nextSecurityFaults} to make answers misbehave.
     */
    public Builder securedProfile(TestPki pki) {
      this.pki = Objects.requireNonNull(pki, "pki");
      return this;
    }

    /**
     * Also requires a TLS client certificate chaining to the PKI's root (needs {@link
     * #securedProfile}).
     */
    public Builder mutualTls(boolean required) {
      this.mutualTls = required;
      return this;
    }

    /** Replaces the built-in personas with those of a JSON file (format of {@link Persona}). */
    public Builder personas(Path file) {
      personas.clear();
      personas.addAll(PersonaBook.fromFile(Objects.requireNonNull(file, "file")));
      return this;
    }

    /** Adds the personas of a JSON file to those already set. */
    public Builder addPersonas(Path file) {
      personas.addAll(PersonaBook.fromFile(Objects.requireNonNull(file, "file")));
      return this;
    }

    /** Adds personas. */
    public Builder addPersonas(List<Persona> more) {
      personas.addAll(more);
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The simulator's clock, against which c06 timestamps are checked. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The "xác thực" URL signed over; by default the direct endpoint. */
    public Builder authUrl(URI authUrl) {
      this.authUrl = Objects.requireNonNull(authUrl, "authUrl");
      return this;
    }

    /** A fixed port; 0 (default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Server threads (default 32). */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Keeps WireMock's request journal (default true); turn it off for long load runs. */
    public Builder requestJournal(boolean keep) {
      this.journal = keep;
      return this;
    }

    /**
     * The namespace of the answers (default {@code http://www.mic.gov.vn/dancu/1.0}, the modelled
     * one; {@code ""} for none), to check that clients read answers by local names.
     */
    public Builder answerNamespace(String namespace) {
      this.answerNamespace = Objects.requireNonNull(namespace, "namespace");
      return this;
    }

    public PopulationSimulator build() {
      if (mutualTls && pki == null) {
        throw new IllegalStateException("mutualTls needs securedProfile(pki) for its certificates");
      }
      return new PopulationSimulator(this);
    }
  }
}
