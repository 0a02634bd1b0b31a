package vn.connector.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
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

  /** What writes one JSON value to a generator: a wire layer's streaming writer. */
  @FunctionalInterface
  public interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * The UTF-8 bytes {@code writer} writes with the mapper's generator (its settings, so the bytes a
   * tree of the same value would give), buffers recycled as {@code writeValueAsBytes} recycles
   * them. For the wire layers that write their bodies field by field instead of building a tree
   * first (a fifth to a quarter of a submission's CPU went to the tree, issue 16):
   *
   * <pre>{@code
   * byte[] body = Json.bytes(g -> {
   *   g.writeStartObject();
   *   g.writeStringField("MaHoSo", code);
   *   g.writeEndObject();
   * });
   * }</pre>
   */
  public static byte[] bytes(Writer writer) {
    BufferRecycler recycler = MAPPER.getFactory()._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        writer.write(g);
      }
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * What {@code writer} writes, as a tree (for a value kept or embedded, such as an outbox
   * payload), so that a wire layer's one streaming writer also gives its tree.
   */
  public static JsonNode tree(Writer writer) {
    try (com.fasterxml.jackson.databind.util.TokenBuffer buffer =
        new com.fasterxml.jackson.databind.util.TokenBuffer(MAPPER, false)) {
      writer.write(buffer);
      return MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * As {@link #bytes(Writer)}, into one array of {@code expectedSize} bytes first: for bodies
   * usually larger than the recycled first block (2 KB), which then took a second block and a
   * concatenation per body (an LLTP declaration, issue 16).
   */
  public static byte[] bytes(int expectedSize, Writer writer) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(expectedSize);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      writer.write(g);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    return out.toByteArray();
  }

  /** As {@link #bytes(Writer)}, as text (for a value that travels inside a string field). */
  public static String text(Writer writer) {
    BufferRecycler recycler = MAPPER.getFactory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
        writer.write(g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Serialises to UTF-8 JSON bytes; a tree is written by {@link TreeWriter}, the same bytes. */
  public static byte[] write(Object value) {
    try {
      return value instanceof JsonNode tree
          ? bytes(g -> TreeWriter.write(MAPPER, g, tree))
          : MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
