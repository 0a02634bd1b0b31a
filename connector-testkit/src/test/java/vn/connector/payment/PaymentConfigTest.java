package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ServiceException;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.payment.PaymentSimulatorExtension;

@ExtendWith(PaymentSimulatorExtension.class)
class PaymentConfigTest {

  @Test
  void buildsAWorkingClientFromThePaymentKeys(PaymentPlatformSimulator simulator) {
    try (PaymentClient client =
        PaymentClient.builder()
            .configure(ConnectorConfig.of(simulator.connectionInfo()))
            .sleeper(d -> {})
            .build()) {
      assertThat(client.start(Requests.CONTEXT, Requests.fee()).paymentUrl()).isNotNull();
    }
  }

  @Test
  void readsTheSharedAuthKeysUnderPayment(PaymentPlatformSimulator simulator) {
    simulator.requireBearer("platform-token");
    Map<String, String> keys = new HashMap<>(simulator.connectionInfo());
    keys.put("payment.auth", "static-bearer");
    keys.put("payment.token", "platform-token");
    try (PaymentClient withToken =
            PaymentClient.builder().configure(ConnectorConfig.of(keys)).sleeper(d -> {}).build();
        PaymentClient without =
            PaymentClient.builder()
                .configure(ConnectorConfig.of(simulator.connectionInfo()))
                .sleeper(d -> {})
                .build()) {
      assertThat(withToken.start(Requests.CONTEXT, Requests.fee()).paymentUrl()).isNotNull();
      assertThatThrownBy(() -> without.start(Requests.CONTEXT, Requests.fee()))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    } finally {
      simulator.requireBearer(null);
    }
  }

  @Test
  void refusesAConfigurationWithoutTheSecret(PaymentPlatformSimulator simulator) {
    Map<String, String> keys = new HashMap<>(simulator.connectionInfo());
    keys.remove("payment.secret");
    PaymentClientBuilder builder = PaymentClient.builder().configure(ConnectorConfig.of(keys));
    assertThatThrownBy(builder::build).hasMessage("secret is required");
  }
}
