package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The three encodings of an interlinked dossier: the record as XML with {@code <hoTich>}, that XML
 * as the {@code data} string of a JSON object, and that JSON as the {@code data} string of the
 * answer's {@code data} object.
 */
final class Payloads {

  private Payloads() {}

  /** The record as XML: leaves as text elements, addresses as nested elements. */
  static String xml(Map<String, Object> record) {
    StringBuilder b =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hoSo><hoTich>");
    append(b, record);
    return b.append("</hoTich></hoSo>").toString();
  }

  @SuppressWarnings("unchecked")
  private static void append(StringBuilder b, Map<String, ?> fields) {
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      b.append('<').append(e.getKey()).append('>');
      if (e.getValue() instanceof Map<?, ?> nested) {
        append(b, (Map<String, ?>) nested);
      } else {
        b.append(escape(String.valueOf(e.getValue())));
      }
      b.append("</").append(e.getKey()).append('>');
    }
  }

  /** The second encoding: the XML inside a JSON object's {@code data} string. */
  static String inner(ObjectMapper mapper, InterlinkedBook.Entry e) {
    ObjectNode inner = mapper.createObjectNode();
    inner.put("maHoSo", e.dossierCode());
    inner.put("data", e.xml());
    try {
      return mapper.writeValueAsString(inner);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
