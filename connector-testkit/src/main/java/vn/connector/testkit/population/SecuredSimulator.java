package vn.connector.testkit.population;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class using {@link PopulationSimulatorExtension}: the simulator requires the secured
 * profile with a fresh {@code TestPki} (HTTPS, signed requests, signed answers), and the {@code
 * PopulationClient} the extension resolves is configured for it (TLS trusting the test root, the
 * agency's client certificate, WS-Security on the direct profile).
 *
 * <pre>{@code
 * @ExtendWith(PopulationSimulatorExtension.class)
 * @SecuredSimulator(mutualTls = true)
 * class MySecuredTest {
 *   @Test
 *   void verifies(PopulationClient client, PopulationSimulator simulator) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SecuredSimulator {

  /**
   * Whether the simulator also requires a TLS client certificate of the test PKI (default true).
   */
  boolean mutualTls() default true;
}
