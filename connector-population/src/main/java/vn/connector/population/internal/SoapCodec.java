package vn.connector.population.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * SOAP 1.1 envelopes of the population service, written and read with the JAXB types generated from
 * our WSDL. Thread-safe: the JAXB context is shared, marshallers are made per call.
 */
public final class SoapCodec {

  public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  public static final String REQUEST_NS = "http://dancuquocgia.bca";

  private static final JAXBContext JAXB = context();
  private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();
  private static final XMLInputFactory IN = secureInput();

  private SoapCodec() {}

  /** The request envelope; the body element is named after the operation. */
  public static byte[] envelope(Operation operation, YeuCauCongDan body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try {
      XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("soapenv", SOAP_NS);
      w.setPrefix("qldc", REQUEST_NS);
      w.writeStartElement("soapenv", "Envelope", SOAP_NS);
      w.writeNamespace("soapenv", SOAP_NS);
      w.writeNamespace("qldc", REQUEST_NS);
      w.writeEmptyElement("soapenv", "Header", SOAP_NS);
      w.writeStartElement("soapenv", "Body", SOAP_NS);
      Marshaller m = JAXB.createMarshaller();
      m.setProperty(Marshaller.JAXB_FRAGMENT, true);
      m.marshal(new JAXBElement<>(new QName(REQUEST_NS, operation.wireName()), YeuCauCongDan.class, body), w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException | JAXBException e) {
      throw new IllegalStateException("could not write the SOAP request", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an answer envelope: a SOAP fault, or the body's payload as {@code type}
   * ({@link DanhSachCongDan} or {@link KetQua}).
   *
   * @throws AnswerFormatException when the bytes are not a SOAP envelope with a readable body
   */
  public static <T> SoapAnswer<T> read(byte[] envelope, Class<T> type) {
    try {
      XMLStreamReader r = IN.createXMLStreamReader(new ByteArrayInputStream(envelope));
      try {
        expect(r, "Envelope");
        descendTo(r, "Body");
        if (nextElement(r) != XMLStreamConstants.START_ELEMENT) {
          throw new AnswerFormatException("the SOAP Body is empty");
        }
        if ("Fault".equals(r.getLocalName())) {
          return FaultReader.read(r);
        }
        T value = unmarshal(new AnswerNamespace(r), type);
        drain(r);
        return new SoapAnswer.Payload<>(value);
      } finally {
        r.close();
      }
    } catch (XMLStreamException | JAXBException e) {
      throw new AnswerFormatException("the answer is not well-formed SOAP: " + e.getMessage(), e);
    }
  }

  private static <T> T unmarshal(XMLStreamReader reader, Class<T> type) throws JAXBException {
    Unmarshaller u = JAXB.createUnmarshaller();
    // Unknown elements are tolerated (contract); only broken XML stops the read.
    u.setEventHandler(event -> event.getSeverity() != ValidationEvent.FATAL_ERROR);
    return u.unmarshal(reader, type).getValue();
  }

  /** Reads to the end, so that an envelope cut off after the payload is still refused. */
  private static void drain(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      r.next();
    }
  }

  private static void expect(XMLStreamReader r, String localName) throws XMLStreamException {
    if (nextElement(r) != XMLStreamConstants.START_ELEMENT || !localName.equals(r.getLocalName())
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

  /** Moves to the next start or end element; END_DOCUMENT at the end. */
  static int nextElement(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
    }
    return XMLStreamConstants.END_DOCUMENT;
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  private static JAXBContext context() {
    try {
      return JAXBContext.newInstance(
          vn.connector.population.internal.ws.request.ObjectFactory.class,
          vn.connector.population.internal.ws.answer.ObjectFactory.class);
    } catch (JAXBException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static XMLInputFactory secureInput() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
