package vn.connector.testkit.payment;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.connector.core.Auth;
import vn.connector.core.HttpTransport;
import vn.connector.core.LgspCredentials;
import vn.connector.core.Secret;
import vn.connector.payment.PayGovProfile;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentClientBuilder;

/**
 * JUnit 5 extension: one {@link PaymentPlatformSimulator} per test class on a free loopback port,
 * and for each test a fresh {@link PaymentClient} pointed at it (in-memory store, retries that do
 * not wait for real time).
 *
 * <pre>
 * &#64;ExtendWith(PaymentSimulatorExtension.class)
 * class MyPaymentTest {
 *   &#64;Test
 *   void paysTheFee(PaymentPlatformSimulator simulator, PaymentClient client) { ... }
 * }
 * </pre>
 */
public final class PaymentSimulatorExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PaymentSimulatorExtension.class);

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
        .transport(HttpTransport.builder().sleeper(d -> {}));
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
        .transport(
            HttpTransport.builder()
                .sleeper(d -> {})
                .auth(Auth.lgspAccessToken(simulator.lgspTokenUrl(), lgsp)));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PaymentPlatformSimulator.class || type == PaymentClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    PaymentPlatformSimulator simulator = simulator(context);
    if (type == PaymentPlatformSimulator.class) {
      return simulator;
    }
    if (type == PaymentClient.class) {
      PaymentClient client = clientFor(simulator).build();
      context
          .getStore(NAMESPACE)
          .put("client", (ExtensionContext.Store.CloseableResource) client::close);
      return client;
    }
    throw new ParameterResolutionException("cannot resolve " + type);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    simulator(context).faults().clear();
  }

  private static PaymentPlatformSimulator simulator(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent()) {
      classContext = classContext.getParent().orElseThrow();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "simulator", name -> new Resource(PaymentPlatformSimulator.start()), Resource.class)
        .simulator;
  }

  private record Resource(PaymentPlatformSimulator simulator)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      simulator.close();
    }
  }
}
