package vn.connector.population.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import vn.connector.core.internal.SafeXml;

/**
 * Reads a SOAP 1.1 answer envelope before CXF does: refuses what is not well-formed (a truncated
 * body, garbage, any DOCTYPE), picks out a SOAP fault, and rewrites the payload by local names into
 * the modelled answer namespace ({@link AnswerNamespace}), dropping the header. Thread-safe.
 */
final class SoapCodec {

  static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

  private static final XMLInputFactory IN = SafeXml.input();
  private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

  private SoapCodec() {}

  /**
   * The fault, or the envelope with its payload in the answer namespace.
   *
   * @throws AnswerFormatException when the bytes are not a SOAP envelope with a readable body
   */
  static SoapAnswer normalise(byte[] envelope) {
    try {
      XMLStreamReader r = IN.createXMLStreamReader(new ByteArrayInputStream(envelope));
      try {
        expect(r, "Envelope");
        descendTo(r, "Body");
        if (nextElement(r) != XMLStreamConstants.START_ELEMENT) {
          throw new AnswerFormatException("the SOAP Body is empty");
        }
        SoapAnswer answer =
            "Fault".equals(r.getLocalName()) && SOAP_NS.equals(r.getNamespaceURI())
                ? FaultReader.read(r)
                : new SoapAnswer.Payload(copyPayload(r));
        drain(r);
        return answer;
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new AnswerFormatException("the answer is not well-formed SOAP: " + e.getMessage(), e);
    }
  }

  /** Copies the element the reader stands on into a fresh envelope, elements renamed. */
  private static byte[] copyPayload(XMLStreamReader source) throws XMLStreamException {
    XMLStreamReader r = new AnswerNamespace(source);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.setPrefix("soapenv", SOAP_NS);
    w.writeStartElement("soapenv", "Envelope", SOAP_NS);
    w.writeNamespace("soapenv", SOAP_NS);
    w.writeStartElement("soapenv", "Body", SOAP_NS);
    w.setDefaultNamespace(AnswerNamespace.ANSWER_NS);
    int depth = 0;
    do {
      int event = depth == 0 ? r.getEventType() : r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        w.writeStartElement("", r.getLocalName(), AnswerNamespace.ANSWER_NS);
        if (depth++ == 0) {
          w.writeDefaultNamespace(AnswerNamespace.ANSWER_NS);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        w.writeEndElement();
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        w.writeCharacters(r.getText());
      }
    } while (depth > 0);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    return bytes.toByteArray();
  }

  /** Reads to the end, so that an envelope cut off after the payload is still refused. */
  private static void drain(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      r.next();
    }
  }

  private static void expect(XMLStreamReader r, String localName) throws XMLStreamException {
    if (nextElement(r) != XMLStreamConstants.START_ELEMENT
        || !localName.equals(r.getLocalName())
        || !SOAP_NS.equals(r.getNamespaceURI())) {
      throw new AnswerFormatException("expected a SOAP " + localName);
    }
  }

  private static void descendTo(XMLStreamReader r, String localName) throws XMLStreamException {
    while (nextElement(r) == XMLStreamConstants.START_ELEMENT) {
      if (localName.equals(r.getLocalName()) && SOAP_NS.equals(r.getNamespaceURI())) {
        return;
      }
      skip(r);
    }
    throw new AnswerFormatException("no SOAP " + localName);
  }

  /**
   * Moves to the next start or end element; END_DOCUMENT at the end. A DOCTYPE can only come before
   * the root element, so checking here covers every read: a SOAP 1.1 message must not carry one
   * (Basic Profile 1.1, R1008), and turning DTD support off does not make the parser refuse it.
   */
  static int nextElement(XMLStreamReader r) throws XMLStreamException {
    return SafeXml.nextElement(
        r,
        what -> new AnswerFormatException("the answer carries a " + what + ", which SOAP forbids"));
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      depth +=
          event == XMLStreamConstants.START_ELEMENT
              ? 1
              : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }
}
