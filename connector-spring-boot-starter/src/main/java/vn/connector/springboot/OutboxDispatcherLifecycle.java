package vn.connector.springboot;

import java.time.Duration;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import vn.connector.core.ConnectorConfig;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxListener;

/**
 * Runs the outbox dispatcher with the application context: started after everything else (the web
 * server included, so a delivery never waits on a context still starting), stopped first, so a
 * shutdown lets deliveries in progress end before the data source closes.
 */
final class OutboxDispatcherLifecycle implements SmartLifecycle {

  private final Outbox outbox;
  private final ConnectorConfig config;
  private final List<DispatcherCustomizer> customizers;
  private final List<OutboxListener> listeners;
  private Dispatcher dispatcher;
  private boolean running;

  OutboxDispatcherLifecycle(
      Outbox outbox,
      ConnectorConfig config,
      List<DispatcherCustomizer> customizers,
      List<OutboxListener> listeners) {
    this.outbox = outbox;
    this.config = config;
    this.customizers = List.copyOf(customizers);
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public synchronized void start() {
    // Without deliverers there is nothing to deliver; the dispatcher refuses to be built empty.
    if (!customizers.isEmpty()) {
      dispatcher = builder().build();
      dispatcher.start();
    }
    running = true;
  }

  @Override
  public synchronized void stop() {
    if (dispatcher != null) {
      dispatcher.close();
      dispatcher = null;
    }
    running = false;
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  private Dispatcher.Builder builder() {
    Dispatcher.Builder b =
        Dispatcher.builder(outbox)
            .threads(config.integer(StarterKeys.OUTBOX_THREADS, 2))
            .pollInterval(config.duration(StarterKeys.OUTBOX_POLL_INTERVAL, Duration.ofSeconds(1)))
            .listener(new OutboxListeners(listeners));
    int parkAfter = config.integer(StarterKeys.OUTBOX_PARK_AFTER, 0);
    if (parkAfter > 0) {
      b.parkAfter(parkAfter);
    }
    customizers.forEach(c -> c.customize(b));
    return b;
  }
}
