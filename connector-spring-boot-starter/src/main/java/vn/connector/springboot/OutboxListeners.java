package vn.connector.springboot;

import java.time.Duration;
import java.util.List;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxListener;

/** Every {@link OutboxListener} bean, in order, as the dispatcher's one listener. */
final class OutboxListeners implements OutboxListener {

  private final List<OutboxListener> listeners;

  OutboxListeners(List<OutboxListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void delivered(OutboxItem item, int attempts, Duration age) {
    listeners.forEach(l -> l.delivered(item, attempts, age));
  }

  @Override
  public void retrying(OutboxItem item, int attempts, String why, Duration delay) {
    listeners.forEach(l -> l.retrying(item, attempts, why, delay));
  }

  @Override
  public void parked(OutboxItem item, int attempts, String nationalCode) {
    listeners.forEach(l -> l.parked(item, attempts, nationalCode));
  }

  @Override
  public void leaseExpired(OutboxItem item, int attempts) {
    listeners.forEach(l -> l.leaseExpired(item, attempts));
  }
}
