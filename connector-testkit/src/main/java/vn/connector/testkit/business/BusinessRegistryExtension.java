package vn.connector.testkit.business;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import vn.connector.business.BusinessRegistryClient;

/**
 * JUnit 5 extension: one {@link BusinessRegistrySimulator} per test class, on a free port, reset
 * before each test (request journal, faults); resolves test parameters of type {@link
 * BusinessRegistrySimulator} and {@link BusinessRegistryClient} (a fresh client per test, NGSP
 * profile, default cache, retries that do not wait; closed after the test).
 *
 * <pre>{@code
 * @ExtendWith(BusinessRegistryExtension.class)
 * class LookupTest {
 *   @Test
 *   void findsEnterprise(BusinessRegistryClient client, BusinessRegistrySimulator simulator) { … }
 * }
 * }</pre>
 */
public final class BusinessRegistryExtension implements BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BusinessRegistryExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == BusinessRegistrySimulator.class || type == BusinessRegistryClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == BusinessRegistrySimulator.class) {
      return simulator(context);
    }
    if (type == BusinessRegistryClient.class) {
      BusinessRegistryClient client = simulator(context).clientBuilder().sleeper(d -> {}).build();
      context.getStore(NAMESPACE).put(new Object(), new Closing(client));
      return client;
    }
    throw new ParameterResolutionException("unsupported parameter " + type);
  }

  private static BusinessRegistrySimulator simulator(ExtensionContext context) {
    ExtensionContext classContext =
        context.getTestClass().isPresent() ? classLevel(context) : context.getRoot();
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Running.class, k -> new Running(BusinessRegistrySimulator.start()), Running.class)
        .simulator;
  }

  private static ExtensionContext classLevel(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** Stops the simulator when the test class is done. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    final BusinessRegistrySimulator simulator;

    Running(BusinessRegistrySimulator simulator) {
      this.simulator = simulator;
    }

    @Override
    public void close() {
      simulator.close();
    }
  }

  /** Closes a client when its test is done. */
  private record Closing(BusinessRegistryClient client)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      client.close();
    }
  }
}
