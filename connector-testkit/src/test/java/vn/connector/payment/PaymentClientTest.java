package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;
import vn.connector.payment.model.StartedPayment;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.payment.AnswerShape;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.payment.PaymentSimulatorExtension;

@ExtendWith(PaymentSimulatorExtension.class)
class PaymentClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void startsPaymentAndGetsThePayPageUrl(PaymentPlatformSimulator simulator, PaymentClient client) {
    StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());

    assertThat(started.paymentUrl().toString())
        .startsWith(simulator.baseUrl().resolve("/pay/").toString())
        .endsWith(started.reference().value());
    assertThat(client.store().attempt(started.reference()).orElseThrow().state())
        .isEqualTo(PaymentState.PENDING);
    assertThat(client.status(started.reference()).state()).isEqualTo(PaymentState.PENDING);
  }

  @Test
  void readsTheErrorCodeAnswerShapeToo(PaymentPlatformSimulator simulator, PaymentClient client) {
    simulator.answerShape(AnswerShape.ERROR_CODE);
    try {
      StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());
      assertThat(started.paymentUrl().getPath()).isEqualTo("/pay/" + started.reference().value());
    } finally {
      simulator.answerShape(AnswerShape.MA_LOI);
    }
  }

  @Test
  void retriesInitAfterServiceUnavailableWithTheSameReference(
      PaymentPlatformSimulator simulator, PaymentClient client) throws Exception {
    int before = simulator.receivedInits().size();
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));

    StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());

    List<String> inits =
        simulator.receivedInits().subList(before, simulator.receivedInits().size());
    assertThat(inits).hasSize(2);
    assertThat(inits.get(0)).isEqualTo(inits.get(1));
    assertThat(JSON.readTree(inits.get(0)).path("MaThamChieu").asText())
        .isEqualTo(started.reference().value());
  }

  @Test
  void aNewStartIsANewAttemptWithANewReference(PaymentClient client) {
    StartedPayment first = client.start(Requests.CONTEXT, Requests.fee());
    StartedPayment second = client.start(Requests.CONTEXT, Requests.fee());

    assertThat(second.reference()).isNotEqualTo(first.reference());
  }

  @Test
  void writesThoiGianGdOnA24HourClock(PaymentPlatformSimulator simulator) throws Exception {
    // 08:00 UTC is 15:00 in Asia/Ho_Chi_Minh; a 12-hour pattern would write 03.
    Clock at15 = Clock.fixed(Instant.parse("2024-11-15T08:00:00Z"), ZoneOffset.UTC);
    try (PaymentClient client =
        PaymentSimulatorExtension.clientFor(simulator).clock(at15).build()) {
      client.start(Requests.CONTEXT, Requests.fee());
    }

    JsonNode init =
        JSON.readTree(simulator.receivedInits().get(simulator.receivedInits().size() - 1));
    assertThat(init.path("ThoiGianGD").asText()).isEqualTo("20241115150000");
  }

  @Test
  void queryOfAnUnknownReferenceIsRefusedWithThePlatformCode(PaymentClient client) {
    assertThatThrownBy(() -> client.status(PaymentReference.of("never-started-0001")))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalCode()).contains("04");
              assertThat(e.nationalMessage()).contains("Không tìm thấy giao dịch");
              assertThat(e.hint()).isPresent();
              assertThat(e.isRetryable()).isFalse();
            });
  }

  @Test
  void aWrongSecretIsRefusedByThePlatformAndTheAttemptMarkedFailed(
      PaymentPlatformSimulator simulator) {
    try (PaymentClient client =
        PaymentSimulatorExtension.clientFor(simulator)
            .secret(vn.connector.core.Secret.of("not-the-secret"))
            .build()) {
      assertThatThrownBy(() -> client.start(Requests.CONTEXT, Requests.fee()))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.nationalCode()).contains("01"));
      assertThat(client.store().pendingAttempts()).isEmpty();
    }
  }

  @Test
  void refusesFeeLinesThatDoNotAddUpBeforeSending(
      PaymentPlatformSimulator simulator, PaymentClient client) {
    int before = simulator.receivedInits().size();
    var request = Requests.fee(30_000, 20_000).amount(vn.connector.core.Money.vnd(60_000));

    assertThatThrownBy(request::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fees:");
    assertThat(simulator.receivedInits()).hasSize(before);
  }

  @Test
  void aMalformedInitAnswerIsAResponseException(
      PaymentPlatformSimulator simulator, PaymentClient client) {
    simulator.faults().next(SimulatorFault.malformedBody());

    assertThatThrownBy(() -> client.start(Requests.CONTEXT, Requests.fee()))
        .isInstanceOf(ResponseException.class);
  }

  @Test
  void receiptBeforePaymentIsRefusedAsJson(PaymentClient client) {
    StartedPayment started = client.start(Requests.CONTEXT, Requests.fee());

    assertThatThrownBy(() -> client.receipt(Requests.CONTEXT, started.reference()))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.nationalCode()).contains("05"));
  }

  @Test
  void sameClientServesConcurrentStarts(PaymentClient client) throws Exception {
    AtomicInteger ok = new AtomicInteger();
    Thread[] threads = new Thread[4];
    for (int i = 0; i < threads.length; i++) {
      threads[i] =
          new Thread(
              () -> {
                client.start(Requests.CONTEXT, Requests.fee());
                ok.incrementAndGet();
              });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(ok).hasValue(4);
    assertThat(client.store().pendingAttempts()).hasSize(4);
  }

  @Test
  void sendsTheConfiguredBearerToken(PaymentPlatformSimulator simulator) {
    simulator.requireBearer("platform-token");
    try (PaymentClient withToken =
            PaymentSimulatorExtension.clientFor(simulator)
                .auth(
                    vn.connector.core.Auth.staticBearer(
                        vn.connector.core.Secret.of("platform-token")))
                .build();
        PaymentClient without = PaymentSimulatorExtension.clientFor(simulator).build()) {
      assertThat(withToken.start(Requests.CONTEXT, Requests.fee()).paymentUrl()).isNotNull();
      assertThatThrownBy(() -> without.start(Requests.CONTEXT, Requests.fee()))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    } finally {
      simulator.requireBearer(null);
    }
  }
}
