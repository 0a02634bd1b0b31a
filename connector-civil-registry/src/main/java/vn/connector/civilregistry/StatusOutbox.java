package vn.connector.civilregistry;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Objects;
import vn.connector.civilregistry.internal.StatusWire;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.outbox.Deliverer;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.Dispatcher;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;

/**
 * Status push-backs to the interlinked service through connector-outbox, so that none is lost:
 * enqueued in the portal's transaction beside the change they report, delivered in order per
 * dossier, resent while the service answers a retry phrase ("chưa cập nhật trạng thái", "client
 * received soap fault", "server error"), parked with the service's text on "logic xử lý không hợp
 * lệ" or an answer no phrase explains.
 *
 * <pre>{@code
 * StatusOutbox statuses = new StatusOutbox(outbox, interlinked);
 * statuses.enqueue(tx, update);                      // inside the portal's transaction
 * Dispatcher dispatcher = statuses.register(Dispatcher.builder(outbox)).build();
 * dispatcher.start();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class StatusOutbox {

  /** The outbox system and type of status items. */
  public static final String SYSTEM = "dvc-lien-thong";

  public static final String TYPE = "status";

  private final Outbox outbox;
  private final InterlinkedClient client;

  public StatusOutbox(Outbox outbox, InterlinkedClient client) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Queues the update in the portal's transaction. The same update queued twice (same dossier,
   * state and time) is one item.
   *
   * @return the outbox item's id
   */
  public long enqueue(Connection transaction, StatusUpdate update) {
    return outbox.enqueue(Objects.requireNonNull(transaction, "transaction"), item(update));
  }

  /** Queues the update in a transaction of its own. */
  public long enqueue(StatusUpdate update) {
    return outbox.enqueue(item(update));
  }

  /** Adds this deliverer to a dispatcher being built. */
  public Dispatcher.Builder register(Dispatcher.Builder dispatcher) {
    return dispatcher.deliverer(SYSTEM, TYPE, deliverer());
  }

  /**
   * The deliverer of status items. A retry phrase throws a retryable {@code ServiceException},
   * which the dispatcher turns into a retry with backoff; a permanent one parks the item with the
   * service's text.
   */
  public Deliverer deliverer() {
    return item -> {
      StatusUpdate update;
      try {
        update = StatusWire.read(item.payload());
      } catch (MalformedAnswerException | IllegalArgumentException e) {
        return DeliveryOutcome.park("payload", e.getMessage());
      }
      try {
        client.pushStatus(update);
      } catch (ServiceException e) {
        if (e.isRetryable()) {
          throw e;
        }
        // Parked with the service's own words (masked), which the operator needs to fix it.
        return DeliveryOutcome.park(
            e.nationalCode().orElse("REFUSED"), e.maskedNationalMessage().orElse(e.getMessage()));
      }
      return DeliveryOutcome.delivered();
    };
  }

  private static OutboxItem item(StatusUpdate u) {
    Objects.requireNonNull(u, "update");
    String payload = new String(StatusWire.body(u), StandardCharsets.UTF_8);
    String key = u.dossierCode().value();
    return new OutboxItem(SYSTEM, key, TYPE, payload, key + "#" + u.state().code() + "#" + u.at());
  }
}
