package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
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

  /** As {@code ObjectMapper.writeValueAsBytes} does it: the buffers recycled, then released. */
  static byte[] bytes(ObjectMapper mapper, JsonNode tree) throws IOException {
    BufferRecycler recycler = mapper.getFactory()._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        write(mapper, g, tree);
      }
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void write(ObjectMapper mapper, JsonGenerator g, JsonNode n) throws IOException {
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
