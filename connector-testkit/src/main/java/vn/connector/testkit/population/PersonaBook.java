package vn.connector.testkit.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The personas a simulator answers from, and the three ways the operations find them. Immutable.
 */
final class PersonaBook {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Persona> personas;

  PersonaBook(List<Persona> personas) {
    this.personas = List.copyOf(personas);
  }

  List<Persona> all() {
    return personas;
  }

  static List<Persona> builtIn() {
    try (InputStream in = PersonaBook.class.getResourceAsStream("/population/personas.json")) {
      if (in == null) {
        throw new IllegalStateException("population/personas.json is missing from the testkit");
      }
      return read(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Personas of a user file: {@code {"personas":[...]}} or a bare array, in the format of {@link
   * Persona}.
   */
  static List<Persona> fromFile(Path file) {
    try {
      return read(JSON.readTree(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read personas from " + file, e);
    }
  }

  private static List<Persona> read(JsonNode root) throws IOException {
    JsonNode list = root.isArray() ? root : root.path("personas");
    List<Persona> out = new ArrayList<>();
    for (JsonNode n : list) {
      out.add(JSON.treeToValue(n, Persona.class));
    }
    return out;
  }

  Optional<Persona> match(WireQuery q) {
    return personas.stream().filter(p -> Matching.matches(p, q)).findFirst();
  }

  boolean idExists(WireQuery q) {
    return personas.stream().anyMatch(p -> Matching.sameId(p, q));
  }

  /** Members of the household of {@code p}: everyone with the same SoSoHoKhau. */
  List<Persona> household(Persona p) {
    if (p.soSoHoKhau() == null) {
      return List.of(p);
    }
    return personas.stream().filter(o -> p.soSoHoKhau().equals(o.soSoHoKhau())).toList();
  }

  Persona head(List<Persona> members) {
    return members.stream().filter(m -> "CH01".equals(m.quanHe())).findFirst().orElse(null);
  }
}
