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
 * @param operationUrls the URL each operation is posted to: those given, the others resolved from
 *     {@code endpoint} once here (parsing the URL on every call was 7% of an lgsp-json
 *     verification, issue 16)
 */
public record WireSettings(
    boolean json, URI endpoint, Map<Operation, URI> operationUrls, RequestFields fields) {

  public WireSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(fields, "fields");
    Map<Operation, URI> all = new EnumMap<>(Operation.class);
    all.putAll(operationUrls);
    for (Operation operation : Operation.values()) {
      all.computeIfAbsent(operation, o -> resolved(endpoint, fields, o));
    }
    operationUrls = java.util.Collections.unmodifiableMap(all);
  }

  URI uri(Operation operation) {
    return operationUrls.get(operation);
  }

  private static URI resolved(URI endpoint, RequestFields fields, Operation operation) {
    if (fields.direct()) {
      return endpoint;
    }
    String base = endpoint.toString();
    return URI.create(
        base.endsWith("/") ? base + operation.wireName() : base + "/" + operation.wireName());
  }
}
