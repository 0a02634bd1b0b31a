package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.core.internal.Json;

/**
 * What an outbox item of a result report keeps: the call context and the wire body without the
 * authKey (the key is added when sent, so it is never stored).
 *
 * @param context the call context
 * @param body the report's wire body as JSON text
 */
public record ReportPayload(CallContext context, String body) {

  public static String write(CallContext context, String body) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.putObject("context")
        .put("officer", context.officerId())
        .put("unit", context.unitCode())
        .put("dossier", context.dossier().value())
        .put("purpose", context.purpose().name());
    root.put("body", body);
    return new String(Json.write(root), StandardCharsets.UTF_8);
  }

  public static ReportPayload read(String payload) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("payload: not a result report item");
    }
    JsonNode c = root.path("context");
    CallContext context =
        CallContext.of(
            c.path("officer").asText(),
            c.path("unit").asText(),
            DossierCode.parse(c.path("dossier").asText()),
            Purpose.valueOf(c.path("purpose").asText()));
    return new ReportPayload(context, root.path("body").asText());
  }
}
