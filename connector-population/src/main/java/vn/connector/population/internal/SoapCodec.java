package vn.connector.population.internal;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.connector.core.internal.SafeXml;

/**
 * Reads a SOAP 1.1 answer envelope in one pass: refuses what is not well-formed (a truncated body,
 * garbage, any DOCTYPE), picks out a SOAP fault, and hands the payload to a reader through the
 * modelled answer namespace ({@link AnswerNamespace}), the header skipped. It used to rewrite the
 * payload into a fresh envelope that was then parsed again: 14% of a verification (issue 16).
 * Thread-safe.
 */
final class SoapCodec {

  static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

  private static final XMLInputFactory IN = SafeXml.input();

  /** Reads the payload element the reader stands on, to its end, into a value. */
  @FunctionalInterface
  interface PayloadReader<T> {
    T read(XMLStreamReader payload) throws XMLStreamException;
  }

  private SoapCodec() {}

  /**
   * The fault, or the payload as {@code payload} reads it.
   *
   * @throws AnswerFormatException when the bytes are not a SOAP envelope with a readable body
   */
  static <T> SoapAnswer<T> read(byte[] envelope, PayloadReader<T> payload) {
    try {
      return read(IN.createXMLStreamReader(new ByteArrayInputStream(envelope)), payload);
    } catch (XMLStreamException e) {
      throw new AnswerFormatException("the answer is not well-formed SOAP: " + e.getMessage(), e);
    }
  }

  /** As {@link #read(byte[], PayloadReader)}, for an envelope that came as text (lgsp-json). */
  static <T> SoapAnswer<T> read(String envelope, PayloadReader<T> payload) {
    try {
      return read(IN.createXMLStreamReader(new StringReader(envelope)), payload);
    } catch (XMLStreamException e) {
      throw new AnswerFormatException("the answer is not well-formed SOAP: " + e.getMessage(), e);
    }
  }

  private static <T> SoapAnswer<T> read(XMLStreamReader r, PayloadReader<T> payload)
      throws XMLStreamException {
    try {
      expect(r, "Envelope");
      descendTo(r, "Body");
      if (nextElement(r) != XMLStreamConstants.START_ELEMENT) {
        throw new AnswerFormatException("the SOAP Body is empty");
      }
      SoapAnswer<T> answer =
          "Fault".equals(r.getLocalName()) && SOAP_NS.equals(r.getNamespaceURI())
              ? FaultReader.read(r)
              : new SoapAnswer.Payload<>(payload.read(new AnswerNamespace(r)));
      drain(r);
      return answer;
    } finally {
      r.close();
    }
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
