package vn.connector.population.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import vn.connector.core.internal.SafeXml;
import vn.connector.population.internal.ws.request.ObjectFactory;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * The schema-bound halves of a SOAP exchange, with the JAXB classes generated from our WSDL and no
 * JAX-WS machinery around them: the request envelope (Body holding the operation's element), and
 * the answer payload of a checked envelope ({@link SoapCodec#normalise}) read into its type.
 * Unknown answer elements are skipped (JAXB's default), as the contract asks. Thread-safe.
 */
final class SoapMessages {

  private static final JAXBContext REQUEST = context(ObjectFactory.class);
  private static final JAXBContext ANSWER =
      context(vn.connector.population.internal.ws.answer.ObjectFactory.class);
  private static final ObjectFactory REQUESTS = new ObjectFactory();
  private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();
  private static final XMLInputFactory IN = input();

  private SoapMessages() {}

  /** The SOAP 1.1 envelope of {@code operation} carrying {@code wire}. */
  static byte[] request(Operation operation, YeuCauCongDan wire) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
      XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("soap", SoapCodec.SOAP_NS);
      w.writeStartElement("soap", "Envelope", SoapCodec.SOAP_NS);
      w.writeNamespace("soap", SoapCodec.SOAP_NS);
      w.writeStartElement("soap", "Body", SoapCodec.SOAP_NS);
      Marshaller marshaller = REQUEST.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
      marshaller.marshal(element(operation, wire), w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
      return bytes.toByteArray();
    } catch (JAXBException | XMLStreamException e) {
      throw new IllegalStateException("population request could not be written", e);
    }
  }

  private static JAXBElement<YeuCauCongDan> element(Operation operation, YeuCauCongDan wire) {
    return switch (operation) {
      case LOOKUP -> REQUESTS.createTraCuuThongTinCongDan(wire);
      case VERIFY -> REQUESTS.createXacThucThongTinCongDan(wire);
      case HOUSEHOLD -> REQUESTS.createCungCapThongTinHoGiaDinh(wire);
    };
  }

  /**
   * The first element of the Body of a normalised envelope, as {@code type}.
   *
   * @throws AnswerFormatException when it cannot be read as one
   */
  static <T> T answer(byte[] envelope, Class<T> type) {
    try {
      XMLStreamReader r = IN.createXMLStreamReader(new ByteArrayInputStream(envelope));
      try {
        int depth = 0;
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && ++depth == 3) {
            Unmarshaller unmarshaller = ANSWER.createUnmarshaller();
            return unmarshaller.unmarshal(r, type).getValue();
          }
        }
        throw new AnswerFormatException("the SOAP Body is empty");
      } finally {
        r.close();
      }
    } catch (JAXBException | XMLStreamException | RuntimeException e) {
      if (e instanceof AnswerFormatException a) {
        throw a;
      }
      throw new AnswerFormatException("the answer does not fit its schema", e);
    }
  }

  private static JAXBContext context(Class<?> objectFactory) {
    try {
      return JAXBContext.newInstance(objectFactory);
    } catch (JAXBException e) {
      throw new IllegalStateException("JAXB context of " + objectFactory.getPackageName(), e);
    }
  }

  private static XMLInputFactory input() {
    return SafeXml.input();
  }
}
