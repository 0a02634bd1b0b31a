package vn.connector.skeleton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.ServiceException;
import vn.connector.skeleton.model.DossierStatus;
import vn.connector.skeleton.model.Receipt;
import vn.connector.skeleton.model.Submission;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.skeleton.SkeletonExtension;
import vn.connector.testkit.skeleton.SkeletonSimulator;

/**
 * The skeleton connector end to end against its simulator: what a vendor's first tests look like.
 */
@ExtendWith(SkeletonExtension.class)
class SkeletonClientTest {

  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");
  private static final CallContext CONTEXT =
      CallContext.of("canbo.nguyenvana", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING);

  @Test
  void pushesADossierAndTreatsARepeatAsAlreadyReceived(SkeletonClient client) {
    Submission s = new Submission(DOSSIER, "Đăng ký khai sinh");

    Receipt first = client.submit(CONTEXT, s);
    Receipt second = client.submit(CONTEXT, s);

    assertThat(first.alreadyReceived()).isFalse();
    assertThat(second.alreadyReceived()).isTrue();
    assertThat(client.status(CONTEXT, DOSSIER).state()).isEqualTo(DossierStatus.State.RECEIVED);
  }

  @Test
  void renewsTheTokenWhenTheAnswerSaysTheSessionExpired(
      SkeletonClient client, SkeletonSimulator simulator) {
    simulator.expireSessionOnce();

    client.submit(CONTEXT, new Submission(DOSSIER, "Đăng ký khai tử"));

    assertThat(simulator.tokenDesk().issuedCount()).isGreaterThanOrEqualTo(2);
    assertThat(simulator.apiCallCount()).isEqualTo(2);
  }

  @Test
  void refusesAnUnknownDossierWithTheNationalCode(SkeletonClient client) {
    assertThatThrownBy(() -> client.status(CONTEXT, DossierCode.parse("000.00.01.H22-241115-0009")))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.nationalCode()).hasValue("5"));
  }

  @Test
  void doesNotResendAPushAfterABadGatewayButDoesAfterServiceUnavailable(
      SkeletonClient client, SkeletonSimulator simulator) {
    simulator.faults().next(SimulatorFault.badGateway());
    assertThatThrownBy(() -> client.submit(CONTEXT, new Submission(DOSSIER, "x")))
        .isInstanceOf(ServiceException.class);
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(1)));
    assertThat(
            client.submit(
                CONTEXT, new Submission(DossierCode.parse("000.00.01.H22-241115-0002"), "y")))
        .isNotNull();
  }

  @Test
  void isConfiguredFromTheSkeletonKeys(SkeletonSimulator simulator) {
    try (SkeletonClient client =
        SkeletonClient.builder()
            .configure(ConnectorConfig.of(simulator.connectionInfo()))
            .build()) {
      assertThat(client.submit(CONTEXT, new Submission(DOSSIER, "Đăng ký kết hôn"))).isNotNull();
    }
  }
}
