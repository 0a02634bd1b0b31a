package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.core.internal.SafeXml;

/**
 * Reads the {@code <hoTich>} element at the bottom of an interlinked dossier's payload into the
 * flat record {@link RecordReader} reads: a leaf element becomes a text field, an element with
 * child elements (an address) a nested object. The rules are the SOAP codec's: any DOCTYPE is
 * refused (an internal subset is where entity expansion attacks live), external entities and DTDs
 * are never loaded, and an entity the document does not declare makes it malformed.
 *
 * <p>Modelled: the children of {@code <hoTich>} carry the same names as the fields of the JSON
 * record pushed with {@code NhanDKHT}; {@code <hoTich>} may be the root or sit anywhere under it.
 */
public final class HoTichXml {

  private static final XMLInputFactory IN = SafeXml.input();
  private static final int MAX_DEPTH = 8;

  private HoTichXml() {}

  /**
   * @throws MalformedAnswerException "DOCTYPE refused", "not well-formed", or "no hoTich"
   */
  public static ObjectNode read(String xml) {
    try {
      XMLStreamReader r = IN.createXMLStreamReader(new StringReader(xml));
      try {
        for (int e = next(r); e != XMLStreamConstants.END_DOCUMENT; e = next(r)) {
          if (e == XMLStreamConstants.START_ELEMENT && "hoTich".equals(r.getLocalName())) {
            ObjectNode record = element(r, 1);
            drain(r);
            return record;
          }
        }
        throw new MalformedAnswerException("hoTich: no <hoTich> element in the payload");
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new MalformedAnswerException("hoTich: the XML is not well-formed", e);
    }
  }

  /** The element the reader stands on, as an object of its children. */
  private static ObjectNode element(XMLStreamReader r, int depth) throws XMLStreamException {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    while (next(r) == XMLStreamConstants.START_ELEMENT) {
      String name = r.getLocalName();
      if (node.has(name)) {
        throw new MalformedAnswerException("hoTich: field " + name + " appears twice");
      }
      Object value = value(r, depth + 1);
      if (value instanceof ObjectNode child) {
        node.set(name, child);
      } else {
        node.put(name, (String) value);
      }
    }
    return node;
  }

  /** A leaf's text, or an object when the element has child elements. */
  private static Object value(XMLStreamReader r, int depth) throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new MalformedAnswerException("hoTich: nested deeper than " + MAX_DEPTH);
    }
    StringBuilder text = new StringBuilder();
    ObjectNode nested = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        nested = nested == null ? JsonNodeFactory.instance.objectNode() : nested;
        String name = r.getLocalName();
        Object child = value(r, depth + 1);
        if (child instanceof ObjectNode o) {
          nested.set(name, o);
        } else {
          nested.put(name, (String) child);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return nested != null ? nested : text.toString().strip();
      } else if (event == XMLStreamConstants.DTD) {
        throw new MalformedAnswerException("hoTich: DOCTYPE refused");
      }
    }
    throw new XMLStreamException("unexpected end of document");
  }

  /** The next start or end element; a DOCTYPE or an entity reference anywhere is refused. */
  private static int next(XMLStreamReader r) throws XMLStreamException {
    return SafeXml.nextElement(
        r, what -> new MalformedAnswerException("hoTich: " + what + " refused"));
  }

  /** Reads to the end, so that a document cut off after the record is still refused. */
  private static void drain(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.DTD) {
        throw new MalformedAnswerException("hoTich: DOCTYPE refused");
      }
    }
  }
}
