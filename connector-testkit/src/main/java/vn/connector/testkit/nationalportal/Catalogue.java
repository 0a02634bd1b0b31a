package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The simulator's procedure catalogue and TechID directory, from {@code
 * nationalportal/catalogue.json} (made-up test data).
 */
final class Catalogue {

  private final JsonNode root;

  private Catalogue(JsonNode root) {
    this.root = root;
  }

  static Catalogue load(ObjectMapper mapper) {
    try (InputStream in = Catalogue.class.getResourceAsStream("/nationalportal/catalogue.json")) {
      if (in == null) {
        throw new IllegalStateException("nationalportal/catalogue.json is missing");
      }
      return new Catalogue(mapper.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read nationalportal/catalogue.json", e);
    }
  }

  /** Whether a MaTTHC names a procedure: the short form, or a long form whose first part does. */
  boolean knows(String code) {
    return procedure(code.length() > 8 ? code.substring(0, 8) : code).isPresent();
  }

  Optional<JsonNode> procedure(String code) {
    for (JsonNode p : root.get("procedures")) {
      if (p.get("MATTHC").asText().equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  JsonNode procedures() {
    return root.get("procedures");
  }

  JsonNode list(String name) {
    return root.get(name);
  }

  Optional<String> techId(String idNumber) {
    JsonNode v = root.get("techIds").get(idNumber);
    return v == null ? Optional.empty() : Optional.of(v.asText());
  }
}
