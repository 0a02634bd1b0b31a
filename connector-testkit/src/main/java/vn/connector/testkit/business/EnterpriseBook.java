package vn.connector.testkit.business;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulator's registry: the fictional enterprises of {@code business/enterprises.json}, in a
 * neutral shape that {@link RegistryAnswers} renders into each gateway's wire shape.
 */
final class EnterpriseBook {

  private static final String RESOURCE = "/business/enterprises.json";
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private final Map<String, JsonNode> byCode;

  private EnterpriseBook(Map<String, JsonNode> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  static EnterpriseBook load(ObjectMapper mapper) {
    try (InputStream in = EnterpriseBook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, JsonNode> byCode = new TreeMap<>();
      for (JsonNode enterprise : mapper.readTree(in).get("enterprises")) {
        byCode.put(enterprise.get("code").asText(), enterprise);
      }
      return new EnterpriseBook(byCode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The enterprise with this code; the 13-digit branch form is accepted with or without dash. */
  Optional<JsonNode> find(String code) {
    String canonical =
        code.length() == 13 ? code.substring(0, 10) + "-" + code.substring(10) : code;
    return Optional.ofNullable(byCode.get(canonical));
  }

  /**
   * Enterprises whose Vietnamese, short or foreign name contains {@code text}, compared as the
   * registry does: NFC, case-insensitive, diacritics kept. Ordered by code.
   */
  List<JsonNode> search(String text) {
    String needle = fold(text);
    List<JsonNode> hits = new ArrayList<>();
    for (JsonNode enterprise : byCode.values()) {
      if (contains(enterprise, "name", needle)
          || contains(enterprise, "shortName", needle)
          || contains(enterprise, "foreignName", needle)) {
        hits.add(enterprise);
      }
    }
    return hits;
  }

  /** Every code in the book, in order. */
  List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  private static boolean contains(JsonNode enterprise, String field, String needle) {
    JsonNode value = enterprise.get(field);
    return value != null && fold(value.asText()).contains(needle);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(VI);
  }
}
