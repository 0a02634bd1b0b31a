package vn.connector.testkit.payment;

import java.net.URI;
import java.util.Map;
import vn.connector.core.Auth;
import vn.connector.core.LgspCredentials;
import vn.connector.core.Secret;
import vn.connector.payment.PayGovProfile;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentClientBuilder;
import vn.connector.testkit.SimulatorExtension;

/**
 * JUnit 5 extension on the testkit's {@link SimulatorExtension} pattern: one {@link
 * PaymentPlatformSimulator} per test class on a free loopback port, reset (faults cleared) before
 * each test, and for each test a fresh {@link PaymentClient} pointed at it (in-memory store,
 * retries that do not wait for real time), closed after the test.
 *
 * <pre>
 * &#64;ExtendWith(PaymentSimulatorExtension.class)
 * class MyPaymentTest {
 *   &#64;Test
 *   void paysTheFee(PaymentPlatformSimulator simulator, PaymentClient client) { ... }
 * }
 * </pre>
 */
public final class PaymentSimulatorExtension
    extends SimulatorExtension<PaymentPlatformSimulator, PaymentClient> {

  public PaymentSimulatorExtension() {
    super(PaymentPlatformSimulator.class, PaymentClient.class);
  }

  /**
   * A client builder for {@code simulator}: its URLs and test credentials, no real waits. Add
   * {@code .onPaid(listener)} to verify CONFIRMs or reconcile (the injected client has none).
   */
  public static PaymentClientBuilder clientFor(PaymentPlatformSimulator simulator) {
    return PaymentClient.builder()
        .initUrl(simulator.initUrl())
        .queryUrl(simulator.queryUrl())
        .billUrl(simulator.billUrl())
        .partnerCode(simulator.partnerCode())
        .secret(Secret.of(simulator.secret()))
        .sleeper(d -> {});
  }

  /**
   * A client builder paying through the simulator's PayGov, standard or beneficiary variant, with
   * the LGSP auth (bearer + lgspaccesstoken) PayGov expects.
   */
  public static PaymentClientBuilder payGovClientFor(
      PaymentPlatformSimulator simulator, URI returnUrl, boolean beneficiaryVariant) {
    Map<String, String> info = simulator.connectionInfo();
    Secret secretKey = Secret.of(info.get("payment.paygov.secretKey"));
    String partner = info.get("payment.paygov.partnerCode");
    PayGovProfile profile =
        beneficiaryVariant
            ? PayGovProfile.withBeneficiary(
                simulator.payGovUrl(), partner, "BEN-H22", "0011001234567", secretKey, returnUrl)
            : PayGovProfile.standard(
                simulator.payGovUrl(),
                partner,
                info.get("payment.paygov.accessKey"),
                info.get("payment.paygov.serviceCode"),
                secretKey,
                returnUrl);
    LgspCredentials lgsp =
        new LgspCredentials(
            info.get("payment.paygov.lgspAccessKey"),
            Secret.of(info.get("payment.paygov.lgspSecretKey")),
            "portal",
            partner,
            partner);
    return PaymentClient.builder()
        .payGov(profile)
        .sleeper(d -> {})
        .auth(Auth.lgspAccessToken(simulator.lgspTokenUrl(), lgsp));
  }

  @Override
  protected PaymentPlatformSimulator start() {
    return PaymentPlatformSimulator.start();
  }

  @Override
  protected PaymentClient client(PaymentPlatformSimulator simulator) {
    return clientFor(simulator).build();
  }
}
