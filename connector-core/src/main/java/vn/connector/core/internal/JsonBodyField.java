package vn.connector.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import vn.connector.core.HttpRequest;
import vn.connector.core.TokenPlacement;
import vn.connector.core.TokenSource;

/** {@link TokenPlacement#jsonBodyField}: the token as a top-level field of the JSON body. */
public final class JsonBodyField implements TokenPlacement {

  private final String name;

  public JsonBodyField(String name) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }

  @Override
  public HttpRequest place(HttpRequest request, TokenSource.Token token) {
    JsonNode body;
    try {
      body = request.hasBody() ? Json.mapper().readTree(request.body()) : null;
    } catch (IOException e) {
      body = null;
    }
    if (!(body instanceof ObjectNode object)) {
      throw new IllegalArgumentException(
          "body: " + name + " goes in a JSON object body, and this request has none");
    }
    object.put(name, token.value());
    return request.withBody(Json.write(object));
  }
}
