package vn.connector.criminalrecord.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.HttpRequest;
import vn.connector.core.Secret;
import vn.connector.core.internal.Json;

/**
 * {@code body-auth-key} (common.md): the LLTP key as the first field {@code authKey} of every JSON
 * body, no auth header. Applied by the transport just before each attempt, so the key lives in no
 * request object the SDK keeps, logs or puts in an exception, only in the bytes that go on the
 * wire. TODO(core): move to core's TokenPlacement.jsonBodyField("authKey") once it lands.
 */
public final class AuthKeyField implements Auth {

  static final String FIELD = "authKey";

  private final Secret key;

  public AuthKeyField(Secret key) {
    this.key = Objects.requireNonNull(key, "authKey");
  }

  @Override
  public HttpRequest apply(HttpRequest request, Support support) {
    JsonNode body;
    try {
      body = Json.mapper().readTree(request.body());
    } catch (IOException e) {
      // Our own bodies are JSON objects: reaching this is a bug, never a leak of the key.
      throw new IllegalStateException("the authKey goes into a JSON object body; this is not JSON");
    }
    if (!(body instanceof ObjectNode object)) {
      throw new IllegalStateException("the authKey goes into a JSON object body");
    }
    ObjectNode keyed = Json.mapper().createObjectNode();
    keyed.put(FIELD, key.reveal());
    object
        .fields()
        .forEachRemaining(
            e -> {
              if (!FIELD.equals(e.getKey())) {
                keyed.set(e.getKey(), e.getValue());
              }
            });
    return request.withBody(Json.write(keyed));
  }

  @Override
  public String toString() {
    return "AuthKeyField[****]";
  }
}
