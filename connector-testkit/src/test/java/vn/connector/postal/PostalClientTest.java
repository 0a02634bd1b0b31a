package vn.connector.postal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.postal.Fixtures.CITIZEN;
import static vn.connector.postal.Fixtures.CONTEXT;
import static vn.connector.postal.Fixtures.DESK;
import static vn.connector.postal.Fixtures.code;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Money;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;
import vn.connector.core.TransportException;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.OrderReceipt;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.postal.PostalSimulator;

class PostalClientTest {

  private final PostalSimulator sim = PostalSimulator.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void sendsADeliveryUnderAnAllocatedNumberWithTokenTypeAuth() {
    Waybill number = sim.allocateWaybills(1).get(0);
    try (PostalClient client = sim.clientBuilder().build()) {
      OrderReceipt receipt = client.send(CONTEXT, Fixtures.delivery("H22-241115-0001"), number);
      assertThat(receipt.waybill()).isEqualTo(number);
      assertThat(receipt.repeated()).isFalse();
    }
    LoggedRequest order = requests("/orderpost").get(0);
    assertThat(order.getHeader("Authorization")).startsWith("bearer ");
    assertThat(order.getBodyAsString())
        .contains("\"SenderProvince\":1,\"SenderDistrict\":6")
        .contains("\"ReceiverProvince\":24,\"ReceiverDistrict\":213")
        .contains("\"CODAmount\":50000")
        .contains("\"ReceiverTel\":\"0912345678\"");
    assertThat(sim.pickups()).isEqualTo(1);
  }

  @Test
  void theSameOrderTwiceIsOnePickupAndTheRepeatIsASuccess() {
    Waybill number = sim.allocateWaybills(1).get(0);
    try (PostalClient client = sim.clientBuilder().build()) {
      client.send(CONTEXT, Fixtures.collection("H22-241115-0002"), number);
      OrderReceipt again = client.send(CONTEXT, Fixtures.collection("H22-241115-0002"), number);
      assertThat(again.repeated()).isTrue();
      assertThat(again.message()).isEqualTo("Đơn hàng đã tồn tại");
    }
    assertThat(sim.pickups()).isEqualTo(1);
  }

  @Test
  void aNumericStatusReadsTheSameAsAString() {
    sim.numericStatus(true);
    Waybill number = sim.allocateWaybills(1).get(0);
    try (PostalClient client = sim.clientBuilder().build()) {
      assertThat(client.send(CONTEXT, Fixtures.delivery("H22-1"), number).repeated()).isFalse();
      assertThat(client.send(CONTEXT, Fixtures.delivery("H22-1"), number).repeated()).isTrue();
    }
  }

  @Test
  void sendsWithTheTokenInAnAccessTokenHeader() {
    Waybill number = sim.allocateWaybills(1).get(0);
    try (PostalClient client = sim.accessTokenClientBuilder().build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-2"), number);
    }
    LoggedRequest order = requests("/orderpost").get(0);
    assertThat(order.getHeader("access_token")).isNotBlank();
    assertThat(order.containsHeader("Authorization")).isFalse();
  }

  @Test
  void sendsThroughTheLgspWithTheOperationAsAParameter() {
    Waybill number = sim.allocateWaybills(1).get(0);
    try (PostalClient client = sim.clientBuilder(PostalProfile.LGSP).build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-3"), number);
      assertThat(client.cancel(CONTEXT, OrderNumber.of("H22-3"))).isEqualTo("Hủy thành công");
    }
    List<LoggedRequest> lgsp = requests("/lgsp/vnpost");
    assertThat(lgsp)
        .extracting(LoggedRequest::getUrl)
        .anyMatch(u -> u.contains("service=orderpost"))
        .anyMatch(
            u -> u.contains("service=ordercancel&CustomerCode=HCC_TEST_01&OrderNumber=H22-3"));
    assertThat(lgsp.get(0).getHeader("Authorization")).startsWith("Bearer ");
  }

  @Test
  void drawsFromThePoolAndLetsVnPostAssignANumber() {
    WaybillPool pool = WaybillPool.builder(Databases.h2("client-pool")).createSchema(true).build();
    pool.load(sim.allocateWaybills(2));
    try (PostalClient client = sim.clientBuilder().waybillPool(pool).build()) {
      Waybill first = client.send(CONTEXT, Fixtures.delivery("H22-4")).waybill();
      assertThat(client.send(CONTEXT, Fixtures.delivery("H22-4")).waybill()).isEqualTo(first);
      OrderReceipt assigned = client.sendAssigningWaybill(CONTEXT, Fixtures.delivery("H22-5"));
      assertThat(assigned.waybill().value()).startsWith("HCC");
      assertThat(client.sendAssigningWaybill(CONTEXT, Fixtures.delivery("H22-5")).waybill())
          .isEqualTo(assigned.waybill());
    }
    assertThat(pool.remaining()).isEqualTo(1);
    assertThat(sim.pickups()).isEqualTo(2);
  }

  @Test
  void refusesANumberVnPostDidNotAllocateWithItsCodeAndText() {
    try (PostalClient client = sim.clientBuilder().build()) {
      assertThatThrownBy(
              () -> client.send(CONTEXT, Fixtures.delivery("H22-6"), Waybill.of("EB999999999VN")))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.nationalCode()).contains("104");
                assertThat(e.nationalMessage()).contains("ItemCode không thuộc dải số đã cấp");
                assertThat(e.isRetryable()).isFalse();
              });
    }
  }

  @Test
  void refusesAnUnknownUnitBeforeSendingAnything() {
    Party nowhere =
        new Party(
            "Trần Thị B",
            "0987654321",
            null,
            "Thôn 1",
            Location.before2025July(code("24"), code("999")));
    PostalOrder order = PostalOrder.delivery(OrderNumber.of("H22-7"), DESK, nowhere).build();
    try (PostalClient client = sim.clientBuilder().build()) {
      assertThatThrownBy(() -> client.send(CONTEXT, order, Waybill.of("EB000000001VN")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("receiver.district: 999 is not a district of the 2025-03-01 list");
    }
    assertThat(
            sim.wireMock()
                .findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())))
        .isEmpty();
  }

  @Test
  void refusesAnAmbiguousNewCommuneBeforeSendingAnything() {
    Party split =
        new Party(
            "Lê Văn C",
            "0987654321",
            null,
            "Ngõ 2",
            Location.after2025July(code("01"), code("00634")));
    try (PostalClient client = sim.clientBuilder().build()) {
      assertThatThrownBy(
              () -> client.price(new PriceQuery(500, DESK.location(), split.location(), false)))
          .hasMessageStartingWith("to.commune: 00634 Phường Tây Mỗ is ambiguous for VNPost");
    }
    assertThat(getAllServeEventsOf()).isZero();
  }

  @Test
  void pricesTheHccServiceInVnd() {
    try (PostalClient client = sim.clientBuilder().build()) {
      Money price = client.price(new PriceQuery(500, DESK.location(), CITIZEN.location(), false));
      assertThat(price).isEqualTo(Money.vnd(21_000));
      assertThat(client.price(new PriceQuery(1200, CITIZEN.location(), CITIZEN.location(), true)))
          .isEqualTo(Money.vnd(28_500));
    }
  }

  @Test
  void cancelsABookedOrderAndRefusesOnceThePostmanHasIt() {
    Waybill[] numbers = sim.allocateWaybills(2).toArray(Waybill[]::new);
    try (PostalClient client = sim.clientBuilder().build()) {
      client.send(CONTEXT, Fixtures.collection("H22-8"), numbers[0]);
      client.send(CONTEXT, Fixtures.collection("H22-9"), numbers[1]);
      client.cancel(CONTEXT, OrderNumber.of("H22-8"));
      assertThat(client.cancel(CONTEXT, OrderNumber.of("H22-8"))).isEqualTo("Đơn hàng đã hủy");
      sim.advance(OrderNumber.of("H22-9"));
      assertThatThrownBy(() -> client.cancel(CONTEXT, OrderNumber.of("H22-9")))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.nationalCode()).contains("109"));
    }
    assertThat(sim.status(OrderNumber.of("H22-8"))).isEqualTo(8);
  }

  @Test
  void retriesAServiceUnavailableWithRetryAfterAndSendsTheOrderOnce() {
    Waybill number = sim.allocateWaybills(1).get(0);
    sim.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));
    try (PostalClient client = sim.clientBuilder().sleeper(sleeper).build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-10"), number);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(sim.pickups()).isEqualTo(1);
  }

  @Test
  void resendsAnOrderAfterAResetConnectionWithoutASecondPickup() {
    Waybill number = sim.allocateWaybills(1).get(0);
    sim.faults().next(SimulatorFault.connectionReset());
    try (PostalClient client = sim.clientBuilder().sleeper(sleeper).build()) {
      client.send(CONTEXT, Fixtures.delivery("H22-11"), number);
    }
    assertThat(sim.pickups()).isEqualTo(1);
  }

  @Test
  void aMalformedOrTruncatedAnswerIsAResponseException() {
    sim.faults().next(SimulatorFault.malformedBody(), SimulatorFault.truncatedBody());
    try (PostalClient client = sim.clientBuilder().build()) {
      PriceQuery query = new PriceQuery(500, DESK.location(), CITIZEN.location(), false);
      assertThatThrownBy(() -> client.price(query)).isInstanceOf(ResponseException.class);
      assertThatThrownBy(() -> client.price(query)).isInstanceOf(ResponseException.class);
    }
  }

  @Test
  void fetchesANewTokenAfterTheOldOneExpired() {
    try (PostalClient client = sim.clientBuilder().build()) {
      PriceQuery query = new PriceQuery(500, DESK.location(), CITIZEN.location(), false);
      client.price(query);
      sim.expireTokens();
      client.price(query);
    }
    assertThat(sim.tokensIssued()).isEqualTo(2);
  }

  @Test
  void anAnswerSlowerThanTheResponseTimeoutIsATransportFailure() {
    sim.faults().next(SimulatorFault.delay(Duration.ofSeconds(2)));
    try (PostalClient client =
        sim.clientBuilder()
            .responseTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(() -> client.trackingPage(TrackingPage.START))
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
  }

  @Test
  void readsItsOwnSettingsFromConnectorConfig() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.of(
                "postal.endpoint",
                sim.lgspUrl().toString(),
                "postal.profile",
                "lgsp",
                "postal.customerCode",
                PostalSimulator.CUSTOMER_CODE,
                "postal.auth",
                "oauth2-client-credentials",
                "postal.tokenUrl",
                sim.lgspTokenUrl().toString(),
                "postal.consumerKey",
                PostalSimulator.CLIENT_ID,
                "postal.consumerSecret",
                PostalSimulator.CLIENT_SECRET));
    try (PostalClient client = PostalClient.builder().configure(config).build()) {
      assertThat(client.trackingPage(TrackingPage.START).isEmpty()).isTrue();
    }
    assertThat(requests("/lgsp/vnpost"))
        .singleElement()
        .satisfies(r -> assertThat(r.getUrl()).contains("service=ordertracking"));
  }

  private int getAllServeEventsOf() {
    return sim.wireMock().getAllServeEvents().size();
  }

  private List<LoggedRequest> requests(String pathPart) {
    return sim
        .wireMock()
        .findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))
        .stream()
        .filter(r -> r.getUrl().contains(pathPart))
        .toList();
  }
}
