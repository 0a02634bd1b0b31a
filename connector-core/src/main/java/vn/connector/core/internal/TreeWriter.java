package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree straight to a generator: objects, arrays, strings, whole numbers, booleans and
 * nulls by hand, anything else (decimals, binary, POJO nodes) through the mapper, so the bytes are
 * the mapper's own. The mapper's general path looked up serializers and built a provider for every
 * body, a seventh of a postal order's CPU (issue 16). {@code JsonTest} checks both give the same
 * bytes.
 */
final class TreeWriter {

  private TreeWriter() {}

  /** Writes {@code n} to {@code g}; the buffers around it are {@link Json#bytes}'s. */
  static void write(ObjectMapper mapper, JsonGenerator g, JsonNode n) throws IOException {
    switch (n.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          g.writeFieldName(field.getKey());
          write(mapper, g, field.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode element : n) {
          write(mapper, g, element);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(n.textValue());
      case BOOLEAN -> g.writeBoolean(n.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        if (n.isInt() || n.isShort()) {
          g.writeNumber(n.intValue());
        } else if (n.isLong()) {
          g.writeNumber(n.longValue());
        } else {
          mapper.writeTree(g, n);
        }
      }
      default -> mapper.writeTree(g, n);
    }
  }
}
