package vn.connector.testkit.population;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.security.TestPki;

/**
 * JUnit 5 extension: starts one {@link PopulationSimulator} per test class on a free port, resets
 * its faults and journal before each test, and resolves test parameters of these types: {@link
 * PopulationSimulator}, {@link PopulationClient} (direct profile, test credentials, a {@link
 * RecordingSleeper} so retries take no time, 2 s response timeout), {@link RecordingSleeper} and
 * {@link RecordingAuditListener} (those the client uses). With {@link SecuredSimulator} on the test
 * class, the simulator requires the secured profile and the client is configured for it.
 *
 * <pre>{@code
 * @ExtendWith(PopulationSimulatorExtension.class)
 * class MyTest {
 *   @Test
 *   void verifies(PopulationClient client, PopulationSimulator simulator) { ... }
 * }
 * }</pre>
 */
public final class PopulationSimulatorExtension implements BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(PopulationSimulatorExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PopulationSimulator.class
        || type == PopulationClient.class
        || type == RecordingSleeper.class
        || type == RecordingAuditListener.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == PopulationSimulator.class) {
      return simulator(context);
    }
    if (type == RecordingSleeper.class) {
      return sleeper(context);
    }
    if (type == RecordingAuditListener.class) {
      return audit(context);
    }
    return store(context)
        .getOrComputeIfAbsent(
            ClosingClient.class,
            k ->
                new ClosingClient(
                    simulator(context)
                        .clientBuilder(PopulationProfile.DIRECT)
                        .sleeper(sleeper(context))
                        .auditListener(audit(context))
                        .responseTimeout(Duration.ofSeconds(2))
                        .build()),
            ClosingClient.class)
        .client();
  }

  private static RecordingSleeper sleeper(ExtensionContext context) {
    return store(context)
        .getOrComputeIfAbsent(
            RecordingSleeper.class, k -> new RecordingSleeper(), RecordingSleeper.class);
  }

  private static RecordingAuditListener audit(ExtensionContext context) {
    return store(context)
        .getOrComputeIfAbsent(
            RecordingAuditListener.class,
            k -> new RecordingAuditListener(),
            RecordingAuditListener.class);
  }

  /** One simulator per test class, closed when the class is done. */
  private static PopulationSimulator simulator(ExtensionContext context) {
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    ExtensionContext testClass = owner;
    return owner
        .getStore(NS)
        .getOrComputeIfAbsent(
            ClosingSimulator.class,
            k -> new ClosingSimulator(start(testClass)),
            ClosingSimulator.class)
        .simulator();
  }

  /** Plain, or secured when the test class is annotated {@link SecuredSimulator}. */
  private static PopulationSimulator start(ExtensionContext testClass) {
    return testClass
        .getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, SecuredSimulator.class))
        .map(
            s ->
                PopulationSimulator.builder()
                    .securedProfile(TestPki.generate())
                    .mutualTls(s.mutualTls())
                    .build())
        .orElseGet(PopulationSimulator::start);
  }

  /** Per-test store: a fresh client, sleeper and audit recorder for each test method. */
  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NS);
  }

  private record ClosingSimulator(PopulationSimulator simulator)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      simulator.close();
    }
  }

  private record ClosingClient(PopulationClient client)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      client.close();
    }
  }
}
