package vn.connector.testkit.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.connector.core.AdministrativeUnits;
import vn.connector.core.Auth;
import vn.connector.core.Secret;
import vn.connector.postal.PostalClient;
import vn.connector.postal.PostalClientBuilder;
import vn.connector.postal.PostalProfile;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Waybill;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.TokenDesk;

/**
 * Simulator of VNPost's public postal service on loopback, both access paths from one port:
 *
 * <ul>
 *   <li>VNPost API at {@link #apiUrl()} ({@code …/orderpost}, {@code …/orderpostnoitemcode}, {@code
 *       …/ordercancel}, {@code …/ordertracking}, {@code …/getprice}); token at {@link
 *       #vnpostTokenUrl()} with Basic and {@code grant_type=client_credentials}, answered with
 *       {@code token_type} {@code bearer} in lower case and required back exactly so ({@code
 *       Authorization: bearer <token>}), or in an {@code access_token} header;
 *   <li>the LGSP at {@link #lgspUrl()} ({@code ?service=orderpost} …), bearer tokens from {@link
 *       #lgspTokenUrl()}.
 * </ul>
 *
 * VNPost's side as the contract tells it: one order per {@code OrderNumber} ({@code 101} on a
 * repeat, no second pickup), {@code ItemCode} only from the numbers {@link #allocateWaybills}
 * handed out and only for one order, province and district checked against the 2025-03-01 list,
 * integer {@code CODAmount}; a parcel's life advanced on demand ({@link #advance}), each step an
 * event in the feed, paged from {@code lastId}. Refusal codes other than 100/101 are the
 * simulator's. Faults from {@link #faults()} apply to API calls, never to token requests.
 *
 * <pre>{@code
 * try (PostalSimulator sim = PostalSimulator.start();
 *     PostalClient client = sim.clientBuilder().build()) {
 *   List<Waybill> numbers = sim.allocateWaybills(10);
 *   client.send(context, order, numbers.get(0));
 *   sim.advance(order.orderNumber());
 * }
 * }</pre>
 */
public final class PostalSimulator implements Simulator {

  public static final String CUSTOMER_CODE = "HCC_TEST_01";
  public static final String CLIENT_ID = "portal-test-client";
  public static final String CLIENT_SECRET = "portal-test-secret";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final PostalBook book;
  private final PostalOperations operations;
  private final TokenDesk vnpost;
  private final TokenDesk lgsp;

  private PostalSimulator(int port, Clock clock) {
    ObjectMapper mapper = new ObjectMapper();
    this.book = new PostalBook(clock, CUSTOMER_CODE);
    this.operations = new PostalOperations(mapper, book, oldUnits());
    // VNPost writes its token_type in lower case, so a client must send it back as given.
    this.vnpost = TokenDesk.oauth2(CLIENT_ID, CLIENT_SECRET, clock).tokenType("bearer");
    this.lgsp = TokenDesk.oauth2(CLIENT_ID, CLIENT_SECRET, clock).tokenType("Bearer");
    this.server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .port(port)
                .extensions(new PostalTransformer(mapper, operations, vnpost, lgsp, faults)));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts a simulator on a free loopback port, on the system clock. */
  /** Starts on {@code port} (0 for a free one) with the system clock, for the standalone runner. */
  public static PostalSimulator start(int port) {
    return new PostalSimulator(port, Clock.systemUTC());
  }

  public static PostalSimulator start() {
    return new PostalSimulator(0, Clock.systemUTC());
  }

  /** Starts a simulator whose event times and token expiry follow {@code clock}. */
  public static PostalSimulator start(Clock clock) {
    return new PostalSimulator(0, clock);
  }

  @Override
  public String system() {
    return "postal";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The VNPost API base, for {@link PostalProfile#VNPOST_API}. */
  public URI apiUrl() {
    return URI.create(baseUrl() + PostalTransformer.VNPOST_API);
  }

  /** The LGSP's one URL, for {@link PostalProfile#LGSP}. */
  public URI lgspUrl() {
    return URI.create(baseUrl() + PostalTransformer.LGSP);
  }

  public URI vnpostTokenUrl() {
    return URI.create(baseUrl() + PostalTransformer.VNPOST_TOKEN);
  }

  public URI lgspTokenUrl() {
    return URI.create(baseUrl() + PostalTransformer.LGSP_TOKEN);
  }

  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    // The keys PostalClientBuilder.configure reads, for the VNPost API path with its SDK's
    // "<token_type> <token>" header; the LGSP path is at lgspUrl() with its token at
    // lgspTokenUrl().
    info.put("postal.endpoint", apiUrl().toString());
    info.put("postal.auth", "token-type-header");
    info.put("postal.tokenUrl", vnpostTokenUrl().toString());
    info.put("postal.consumerKey", CLIENT_ID);
    info.put("postal.consumerSecret", CLIENT_SECRET);
    info.put("postal.customerCode", CUSTOMER_CODE);
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /** A client builder on the VNPost API with {@code Authorization: <token_type> <token>}. */
  public PostalClientBuilder clientBuilder() {
    return clientBuilder(PostalProfile.VNPOST_API);
  }

  /** A client builder on {@code profile}: VNPost's token type, or the LGSP's bearer. */
  public PostalClientBuilder clientBuilder(PostalProfile profile) {
    Secret secret = Secret.of(CLIENT_SECRET);
    Auth auth =
        profile == PostalProfile.LGSP
            ? Auth.oauth2ClientCredentials(lgspTokenUrl(), CLIENT_ID, secret)
            : Auth.tokenTypeHeader(vnpostTokenUrl(), CLIENT_ID, secret);
    return PostalClient.builder()
        .endpoint(profile == PostalProfile.LGSP ? lgspUrl() : apiUrl())
        .profile(profile)
        .auth(auth)
        .customerCode(CUSTOMER_CODE);
  }

  /** A client builder on the VNPost API sending the token in an {@code access_token} header. */
  public PostalClientBuilder accessTokenClientBuilder() {
    return clientBuilder()
        .auth(Auth.accessTokenHeader(vnpostTokenUrl(), CLIENT_ID, Secret.of(CLIENT_SECRET)));
  }

  /** Allocates the next {@code count} waybill numbers to the portal, as VNPost hands them out. */
  public List<Waybill> allocateWaybills(int count) {
    return book.allocate("EB", count).stream().map(Waybill::of).toList();
  }

  /** Moves the order's parcel one step on (1 → 2 → 3 → 4 → 5), adding the event to the feed. */
  public void advance(OrderNumber order) {
    PostalBook.Order o = require(order);
    if (o.status >= 5) {
      throw new IllegalStateException(order + " is already in its final state " + o.status);
    }
    book.setStatus(o, o.status == 6 ? 4 : o.status + 1, "");
  }

  /** A failed delivery attempt (6), then a return to the sender when {@code returned} (7). */
  public void failDelivery(OrderNumber order, boolean returned) {
    PostalBook.Order o = require(order);
    book.setStatus(o, 6, "Không liên lạc được người nhận");
    if (returned) {
      book.setStatus(o, 7, "");
    }
  }

  /** The order's current StatusCode (1-8). */
  public int status(OrderNumber order) {
    return require(order).status;
  }

  /** How many orders were booked, i.e. pickups arranged. */
  public int pickups() {
    return book.pickups();
  }

  /** Appends {@code count} events of synthetic orders to the feed. */
  public void seedFeed(int count) {
    book.seed(count);
  }

  /** The {@code _id}s of the feed, in order. */
  public List<String> feedIds() {
    return book.feed().stream().map(PostalBook.Event::id).toList();
  }

  /** Answers {@code Status} as a JSON number instead of a string, as some deployments do. */
  public void numericStatus(boolean on) {
    operations.numericStatus(on);
  }

  /** Each page starts again with the document at {@code lastId} ($gte paging): a repeat. */
  public void inclusivePaging(boolean on) {
    operations.inclusivePaging(on);
  }

  /** Expires every token issued so far, on both desks. */
  public void expireTokens() {
    vnpost.expireAll();
    lgsp.expireAll();
  }

  public int tokensIssued() {
    return vnpost.issuedCount() + lgsp.issuedCount();
  }

  /** The underlying WireMock server, for assertions on its request journal. */
  public WireMockServer wireMock() {
    return server;
  }

  /** Forgets received requests and clears faults (token faults too); orders and the feed stay. */
  public void reset() {
    server.resetRequests();
    faults.clear();
    vnpost.reset();
    lgsp.reset();
  }

  @Override
  public void close() {
    server.stop();
  }

  private PostalBook.Order require(OrderNumber order) {
    return book.order(order.value())
        .orElseThrow(() -> new IllegalArgumentException("order: " + order + " is not booked"));
  }

  private static AdministrativeUnits oldUnits() {
    try (InputStream in =
        PostalClient.class.getResourceAsStream(
            "/vn/connector/postal/admin-units/units-2025-03-01.csv")) {
      return AdministrativeUnits.before2025July(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
