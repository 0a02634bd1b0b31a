package vn.connector.testkit.postal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.TokenDesk;
import vn.connector.testkit.WireMockFaults;

/**
 * Answers every request: the two token endpoints (each a {@link TokenDesk}), the auth check of each
 * access path, injected faults, then the operation, named by the last path segment (VNPost API) or
 * by {@code service} (LGSP).
 */
final class PostalTransformer implements ResponseDefinitionTransformerV2 {

  static final String VNPOST_TOKEN = "/vnpost/token";
  static final String VNPOST_API = "/vnpost/api";
  static final String LGSP_TOKEN = "/lgsp/token";
  static final String LGSP = "/lgsp/vnpost";

  private final ObjectMapper mapper;
  private final PostalOperations operations;
  private final TokenDesk vnpost;
  private final TokenDesk lgsp;
  private final FaultInjector faults;

  PostalTransformer(
      ObjectMapper mapper,
      PostalOperations operations,
      TokenDesk vnpost,
      TokenDesk lgsp,
      FaultInjector faults) {
    this.mapper = mapper;
    this.operations = operations;
    this.vnpost = vnpost;
    this.lgsp = lgsp;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return "postal";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String[] parts = request.getUrl().split("\\?", 2);
    String path = parts[0];
    Map<String, String> query = query(parts.length > 1 ? parts[1] : "");
    if (VNPOST_TOKEN.equals(path)) {
      return vnpost.respond(request);
    }
    if (LGSP_TOKEN.equals(path)) {
      return lgsp.respond(request);
    }
    String operation;
    if (LGSP.equals(path)) {
      if (!lgsp.accepts(request.getHeader("Authorization"))) {
        return unauthorized();
      }
      operation = query.getOrDefault("service", "");
    } else if (path.startsWith(VNPOST_API + "/")) {
      if (!vnpost.accepts(request.getHeader("Authorization"))
          && !vnpost.acceptsToken(request.getHeader("access_token"))) {
        return unauthorized();
      }
      operation = path.substring(VNPOST_API.length() + 1);
    } else {
      return json(404, Map.of("message", "No matching resource"));
    }
    SimulatorFault fault = faults.draw().orElse(null);
    if (fault instanceof SimulatorFault.ServiceUnavailable
        || fault instanceof SimulatorFault.TooManyRequests) {
      // Refused at the door: VNPost did not process the request.
      return WireMockFaults.apply(fault, json(503, Map.of()), new byte[0]);
    }
    ResponseDefinition normal = operation(operation, request, query);
    return fault == null ? normal : WireMockFaults.apply(fault, normal, normal.getByteBody());
  }

  private ResponseDefinition operation(String name, Request request, Map<String, String> query) {
    boolean post = RequestMethod.POST.equals(request.getMethod());
    PostalOperations.Answer answer;
    switch (name) {
      case "orderpost", "orderpostnoitemcode", "getprice" -> {
        if (!post) {
          return json(405, Map.of("message", "POST only"));
        }
        JsonNode body = body(request);
        if (body == null) {
          return json(400, Map.of("message", "Body is not a JSON object"));
        }
        answer =
            name.equals("getprice")
                ? operations.price(body)
                : operations.order(body, name.equals("orderpostnoitemcode"));
      }
      case "ordercancel" -> answer = operations.cancel(query);
      case "ordertracking" -> answer = operations.tracking(query);
      default -> {
        return json(404, Map.of("message", "Unknown operation " + name));
      }
    }
    return json(answer.status(), answer.body());
  }

  private JsonNode body(Request request) {
    try {
      JsonNode node = mapper.readTree(request.getBody());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private ResponseDefinition unauthorized() {
    return json(401, Map.of("error", "invalid_token", "message", "Unauthorized"));
  }

  private ResponseDefinition json(int status, Object body) {
    try {
      return WireMock.aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(mapper.writeValueAsBytes(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        out.putIfAbsent(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
