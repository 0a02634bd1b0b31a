package vn.connector.population.internal;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how each operation is posted.
 *
 * @param json true for the lgsp-json profile
 * @param endpoint the single URL of the direct profile, or the base of the LGSP URLs ({@code
 *     endpoint + "/" + operation name}) when no per-operation URL is set
 */
public record WireSettings(
    boolean json, URI endpoint, Map<Operation, URI> operationUrls, RequestFields fields) {

  public WireSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(fields, "fields");
    operationUrls = operationUrls.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(operationUrls));
  }

  URI uri(Operation operation) {
    URI configured = operationUrls.get(operation);
    if (configured != null) {
      return configured;
    }
    if (fields.direct()) {
      return endpoint;
    }
    String base = endpoint.toString();
    return URI.create(
        base.endsWith("/") ? base + operation.wireName() : base + "/" + operation.wireName());
  }
}
