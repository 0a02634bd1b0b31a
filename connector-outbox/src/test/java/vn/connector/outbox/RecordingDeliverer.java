package vn.connector.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Records what it was given and answers from a script, then {@code delivered}. */
final class RecordingDeliverer implements Deliverer {

  final List<OutboxItem> seen = new ArrayList<>();
  private final Deque<Supplier<DeliveryOutcome>> script = new ArrayDeque<>();

  RecordingDeliverer then(Supplier<DeliveryOutcome> answer) {
    script.add(answer);
    return this;
  }

  @Override
  public synchronized DeliveryOutcome deliver(OutboxItem item) {
    seen.add(item);
    Supplier<DeliveryOutcome> next = script.poll();
    return next == null ? DeliveryOutcome.delivered() : next.get();
  }

  synchronized List<String> payloads() {
    return seen.stream().map(OutboxItem::payload).toList();
  }
}
