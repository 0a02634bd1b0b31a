package vn.connector.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one JUnit 5 extension pattern of the testkit: one simulator per test class, started on a free
 * port and reset before each test; test parameters of the simulator's type get it, and parameters
 * of the client's type get a fresh client for it (retries that do not wait), closed after the test.
 * A connector's extension only says how to start its simulator and build its client.
 *
 * <pre>{@code
 * public final class CivilRegistryExtension
 *     extends SimulatorExtension<CivilRegistrySimulator, CivilRegistryClient> {
 *   public CivilRegistryExtension() {
 *     super(CivilRegistrySimulator.class, CivilRegistryClient.class);
 *   }
 *   protected CivilRegistrySimulator start() { return CivilRegistrySimulator.start(); }
 *   protected CivilRegistryClient client(CivilRegistrySimulator s) {
 *     return s.clientBuilder().sleeper(d -> {}).build();
 *   }
 * }
 * }</pre>
 *
 * @param <S> the simulator type
 * @param <C> the client type
 */
public abstract class SimulatorExtension<S extends Simulator, C extends AutoCloseable>
    implements BeforeEachCallback, ParameterResolver {

  private final Class<S> simulatorType;
  private final Class<C> clientType;
  private final ExtensionContext.Namespace namespace;

  protected SimulatorExtension(Class<S> simulatorType, Class<C> clientType) {
    this.simulatorType = simulatorType;
    this.clientType = clientType;
    this.namespace = ExtensionContext.Namespace.create(getClass());
  }

  /** Starts the simulator for a test class. */
  protected abstract S start();

  /** A fresh client for a test, against {@code simulator}. */
  protected abstract C client(S simulator);

  /**
   * Starts the simulator for {@code testClass}; override to read the class's annotations (a secured
   * profile, say). By default {@link #start()}.
   */
  protected S start(Class<?> testClass) {
    return start();
  }

  /**
   * A fresh client for the test of {@code test}; override to give it the per-test helpers that the
   * test also receives as parameters ({@link #perTest}). By default {@link #client(Simulator)}.
   */
  protected C client(S simulator, ExtensionContext test) {
    return client(simulator);
  }

  /**
   * The one {@code type} object of the test of {@code test}, made by {@code create} on first use.
   */
  protected final <T> T perTest(ExtensionContext test, Class<T> type, Supplier<T> create) {
    return test.getStore(namespace).getOrComputeIfAbsent(type, k -> create.get(), type);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == simulatorType || type == clientType;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == simulatorType) {
      return simulator(context);
    }
    if (type == clientType) {
      C client = client(simulator(context), context);
      context.getStore(namespace).put(new Object(), new Closing(client));
      return client;
    }
    throw new ParameterResolutionException("unsupported parameter " + type);
  }

  /** The simulator of the test class of {@code context}, started on first use. */
  protected final S simulator(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    ExtensionContext owner = current;
    Running running =
        current
            .getStore(namespace)
            .getOrComputeIfAbsent(Running.class, k -> new Running(startFor(owner)), Running.class);
    return simulatorType.cast(running.simulator);
  }

  private S startFor(ExtensionContext testClass) {
    return testClass.getTestClass().map(this::start).orElseGet(this::start);
  }

  /** Stops the simulator when the test class is done. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    final Simulator simulator;

    Running(Simulator simulator) {
      this.simulator = simulator;
    }

    @Override
    public void close() {
      simulator.close();
    }
  }

  /** Closes a client when its test is done. */
  private record Closing(AutoCloseable client) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      client.close();
    }
  }
}
