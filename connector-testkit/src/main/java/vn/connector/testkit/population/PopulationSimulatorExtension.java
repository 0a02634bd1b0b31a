package vn.connector.testkit.population;

import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.platform.commons.support.AnnotationSupport;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorExtension;
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
public final class PopulationSimulatorExtension
    extends SimulatorExtension<PopulationSimulator, PopulationClient> {

  public PopulationSimulatorExtension() {
    super(PopulationSimulator.class, PopulationClient.class);
  }

  @Override
  protected PopulationSimulator start() {
    return PopulationSimulator.start();
  }

  /** Plain, or secured when the test class is annotated {@link SecuredSimulator}. */
  @Override
  protected PopulationSimulator start(Class<?> testClass) {
    return AnnotationSupport.findAnnotation(testClass, SecuredSimulator.class)
        .map(
            s ->
                PopulationSimulator.builder()
                    .securedProfile(TestPki.generate())
                    .mutualTls(s.mutualTls())
                    .build())
        .orElseGet(PopulationSimulator::start);
  }

  @Override
  protected PopulationClient client(PopulationSimulator simulator) {
    return client(simulator, new RecordingSleeper(), new RecordingAuditListener());
  }

  @Override
  protected PopulationClient client(PopulationSimulator simulator, ExtensionContext test) {
    return client(simulator, sleeper(test), audit(test));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return super.supportsParameter(parameter, context)
        || type == RecordingSleeper.class
        || type == RecordingAuditListener.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == RecordingSleeper.class) {
      return sleeper(context);
    }
    if (type == RecordingAuditListener.class) {
      return audit(context);
    }
    return super.resolveParameter(parameter, context);
  }

  private static PopulationClient client(
      PopulationSimulator simulator, RecordingSleeper sleeper, RecordingAuditListener audit) {
    return simulator
        .clientBuilder(PopulationProfile.DIRECT)
        .sleeper(sleeper)
        .auditListener(audit)
        .responseTimeout(Duration.ofSeconds(2))
        .build();
  }

  private RecordingSleeper sleeper(ExtensionContext test) {
    return perTest(test, RecordingSleeper.class, RecordingSleeper::new);
  }

  private RecordingAuditListener audit(ExtensionContext test) {
    return perTest(test, RecordingAuditListener.class, RecordingAuditListener::new);
  }
}
