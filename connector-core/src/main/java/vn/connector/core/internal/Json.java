package vn.connector.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one Jackson configuration of the wire layers: unknown fields ignored (national systems add
 * fields without notice), numbers accepted from strings and strings from numbers (the same field
 * travels both ways across systems and versions). A repeated key is refused: a tamperer could
 * otherwise add a second amount or status that one reader takes and another ignores. Every wire
 * layer reads JSON as a tree, so the refusal is the tree reader's ({@code
 * FAIL_ON_READING_DUP_TREE_KEY}, told by the object node it replaces a value in), not the parser's,
 * which kept a hash set of every object's names beside the tree's own map: 8% of a registry
 * lookup's allocation (issue 16). A reader of this mapper into anything but a tree would have to
 * turn the parser's check back on.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  private Json() {}

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises to UTF-8 JSON bytes; a tree is written by {@link TreeWriter}, the same bytes. */
  public static byte[] write(Object value) {
    try {
      return value instanceof JsonNode tree
          ? TreeWriter.bytes(MAPPER, tree)
          : MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
