package vn.connector.population.internal;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.UpfrontConduitSelector;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.MessageObserver;
import vn.connector.core.Call;
import vn.connector.core.ConnectorException;
import vn.connector.core.HttpTransport;
import vn.connector.population.internal.ws.DanCuPortType;

/**
 * The CXF JAX-WS proxy of the population service, on a private bus, whose only conduit is {@link
 * CoreConduit}. Thread-safe: the request context is per thread, so concurrent calls (bulk runs)
 * each carry their own {@link Call}.
 */
final class CxfPort implements AutoCloseable {

  /**
   * Without an SLF4J provider CXF logs through java.util.logging and announces, at INFO, the
   * service model of every client built ("Creating Service ..."): quiet that one logger unless the
   * application has set its level. A field, because java.util.logging holds loggers weakly.
   */
  private static final Logger SERVICE_FACTORY_LOG =
      quiet(Logger.getLogger("org.apache.cxf.wsdl.service.factory.ReflectionServiceFactoryBean"));

  private final Bus bus;
  private final DanCuPortType port;

  CxfPort(HttpTransport transport, WireSettings settings) {
    this.bus = BusFactory.newInstance().createBus();
    JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
    factory.setBus(bus);
    factory.setServiceClass(DanCuPortType.class);
    factory.setAddress(settings.uri(Operation.LOOKUP).toString());
    // Unknown answer elements are ignored (contract), so JAXB must not stop on them.
    factory.setProperties(Map.of("set-jaxb-validation-event-handler", Boolean.FALSE));
    this.port = factory.create(DanCuPortType.class);
    Client client = ClientProxy.getClient(port);
    CoreConduit conduit = new CoreConduit(transport, settings);
    // CXF wires its observer only into conduits it creates itself; this one is ours.
    conduit.setMessageObserver((MessageObserver) client);
    UpfrontConduitSelector selector = new UpfrontConduitSelector(conduit);
    selector.setEndpoint(client.getEndpoint());
    client.setConduitSelector(selector);
    ((BindingProvider) port).getRequestContext().put("thread.local.request.context", "true");
  }

  /** Invokes one operation for {@code call}; the conduit sends it through core's transport. */
  <T> T invoke(Call call, Operation operation, Function<DanCuPortType, T> method) {
    Map<String, Object> context = ((BindingProvider) port).getRequestContext();
    context.put(CoreConduit.CALL, call);
    context.put(CoreConduit.OPERATION, operation);
    try {
      return method.apply(port);
    } catch (WebServiceException e) {
      throw unwrap(e);
    } finally {
      context.remove(CoreConduit.CALL);
      context.remove(CoreConduit.OPERATION);
    }
  }

  static RuntimeException unwrap(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectorException c) {
        return c;
      }
    }
    return e;
  }

  @Override
  public void close() {
    bus.shutdown(false);
  }

  private static Logger quiet(Logger logger) {
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }
}
