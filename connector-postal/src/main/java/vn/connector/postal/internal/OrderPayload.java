package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AdministrativeUnits.Edition;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.internal.Json;
import vn.connector.postal.model.Direction;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;

/**
 * An order and its call context as the JSON payload of an outbox item: written in the portal's
 * transaction, read back by the deliverer, possibly on another node and another day. Our own
 * format, not VNPost's; every value goes through the model's validation again when read.
 */
public final class OrderPayload {

  /** What the payload holds. */
  public record Content(CallContext context, PostalOrder order) {}

  private OrderPayload() {}

  public static String write(CallContext context, PostalOrder order) {
    ObjectNode o = Json.mapper().createObjectNode();
    ObjectNode c = o.putObject("context");
    c.put("officer", context.officerId()).put("unit", context.unitCode());
    c.put("dossier", context.dossier().value()).put("purpose", context.purpose().name());
    o.put("direction", order.direction().name()).put("orderNumber", order.orderNumber().value());
    o.put("cashOnDelivery", order.cashOnDelivery()).put("description", order.description());
    party(o.putObject("sender"), order.sender());
    party(o.putObject("receiver"), order.receiver());
    return new String(Json.write(o), StandardCharsets.UTF_8);
  }

  public static Content read(String payload) {
    JsonNode o;
    try {
      o = Json.mapper().readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException("postal order payload is not JSON", e);
    }
    JsonNode c = o.path("context");
    CallContext context =
        CallContext.of(
            c.path("officer").asText(),
            c.path("unit").asText(),
            DossierCode.parse(c.path("dossier").asText()),
            Purpose.valueOf(c.path("purpose").asText()));
    PostalOrder order =
        new PostalOrder(
            Direction.valueOf(o.path("direction").asText()),
            OrderNumber.of(o.path("orderNumber").asText()),
            party(o.path("sender")),
            party(o.path("receiver")),
            o.path("cashOnDelivery").asLong(),
            o.path("description").asText(""));
    return new Content(context, order);
  }

  private static void party(ObjectNode o, Party p) {
    o.put("name", p.name()).put("phone", p.phone()).put("email", p.email());
    o.put("address", p.address());
    Location l = p.location();
    o.put("edition", l.edition().name()).put("province", l.province().value());
    o.put("district", l.district() == null ? null : l.district().value());
    o.put("commune", l.commune() == null ? null : l.commune().value());
  }

  private static Party party(JsonNode o) {
    Location location =
        new Location(
            Edition.valueOf(o.path("edition").asText()),
            AdministrativeUnitCode.parse(o.path("province").asText()),
            code(o.get("district")),
            code(o.get("commune")));
    String email = o.path("email").isTextual() ? o.path("email").asText() : null;
    return new Party(
        o.path("name").asText(),
        o.path("phone").asText(),
        email,
        o.path("address").asText(),
        location);
  }

  private static AdministrativeUnitCode code(JsonNode value) {
    return value == null || value.isNull() ? null : AdministrativeUnitCode.parse(value.asText());
  }
}
