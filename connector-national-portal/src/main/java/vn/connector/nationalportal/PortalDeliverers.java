package vn.connector.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import vn.connector.core.Masking;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.internal.DossierReader;
import vn.connector.nationalportal.internal.ProgressWire;
import vn.connector.outbox.DeliveryOutcome;
import vn.connector.outbox.OutboxItem;

/**
 * Sends outbox items with the client. A permanent national refusal parks the item with the national
 * code and text (identifiers masked: the report is read by operators); an item the SDK can no
 * longer read parks as {@code LOCAL}; anything retryable is thrown for the dispatcher to retry
 * after its backoff.
 */
final class PortalDeliverers {

  private final NationalPortalClient client;

  PortalDeliverers(NationalPortalClient client) {
    this.client = client;
  }

  DeliveryOutcome dossier(OutboxItem item) {
    JsonNode payload;
    try {
      payload = Json.mapper().readTree(item.payload());
      var dossier = DossierReader.read(payload.get("hoSo"));
      return refusals(() -> client.sync(dossier, payload.path("update").asBoolean()));
    } catch (IOException | RuntimeException e) {
      return unreadable(e);
    }
  }

  DeliveryOutcome progress(OutboxItem item) {
    try {
      var entry = ProgressWire.read(Json.mapper().readTree(item.payload()));
      return refusals(() -> client.progress(List.of(entry)));
    } catch (IOException | RuntimeException e) {
      return unreadable(e);
    }
  }

  private static DeliveryOutcome refusals(Runnable send) {
    try {
      send.run();
      return DeliveryOutcome.delivered();
    } catch (ServiceException e) {
      if (e.isRetryable()) {
        throw e;
      }
      return DeliveryOutcome.park(
          e.nationalCode().orElse("REFUSED"),
          Masking.identifiersIn(e.nationalMessage().orElse(e.getMessage())));
    }
  }

  private static DeliveryOutcome unreadable(Exception e) {
    if (e instanceof vn.connector.core.ConnectorException c) {
      throw c;
    }
    return DeliveryOutcome.park("LOCAL", "refused locally: " + e.getMessage());
  }
}
