package vn.connector.population.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import vn.connector.core.internal.Recycler;
import vn.connector.population.internal.ws.request.ObjectFactory;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * The schema-bound halves of a SOAP exchange, with the JAXB classes generated from our WSDL and no
 * JAX-WS machinery around them: the request envelope (Body holding the operation's element), and
 * the reader of the answer payload, which {@link SoapCodec#read} hands it in the same pass that
 * checks the envelope. Unknown answer elements are skipped (JAXB's default), as the contract asks.
 * Thread-safe.
 */
final class SoapMessages {

  private static final JAXBContext REQUEST = context(ObjectFactory.class);
  private static final JAXBContext ANSWER =
      context(vn.connector.population.internal.ws.answer.ObjectFactory.class);
  private static final ObjectFactory REQUESTS = new ObjectFactory();

  /**
   * Marshallers and unmarshallers are not thread-safe, and making one per call was a tenth of a
   * direct verification's allocation (issue 16): a few are kept and reused.
   */
  private static final Recycler<Marshaller> MARSHALLERS =
      new Recycler<>(16, SoapMessages::newMarshaller);

  private static final Recycler<Unmarshaller> UNMARSHALLERS =
      new Recycler<>(16, SoapMessages::newUnmarshaller);
  private static final byte[] ENVELOPE_START =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\""
              + SoapCodec.SOAP_NS
              + "\"><soap:Body>")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] ENVELOPE_END =
      "</soap:Body></soap:Envelope>".getBytes(StandardCharsets.UTF_8);

  private SoapMessages() {}

  /**
   * The SOAP 1.1 envelope of {@code operation} carrying {@code wire}. The envelope's fixed start
   * and end are bytes made once; JAXB writes the operation's element between them straight to the
   * buffer, with no StAX writer around it (a Woodstox writer allocates a 4 KB buffer each time).
   */
  static byte[] request(Operation operation, YeuCauCongDan wire) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
      bytes.writeBytes(ENVELOPE_START);
      Marshaller marshaller = MARSHALLERS.take();
      marshaller.marshal(element(operation, wire), bytes);
      MARSHALLERS.giveBack(marshaller); // not after a failure: its state is unknown
      bytes.writeBytes(ENVELOPE_END);
      return bytes.toByteArray();
    } catch (JAXBException e) {
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
   * Reads the payload element a reader stands on as {@code type}.
   *
   * @throws AnswerFormatException (from the reader) when it cannot be read as one
   */
  static <T> SoapCodec.PayloadReader<T> answer(Class<T> type) {
    return r -> {
      try {
        Unmarshaller unmarshaller = UNMARSHALLERS.take();
        T value = unmarshaller.unmarshal(r, type).getValue();
        UNMARSHALLERS.giveBack(unmarshaller); // not after a failure: its state is unknown
        return value;
      } catch (JAXBException | RuntimeException e) {
        if (e instanceof AnswerFormatException a) {
          throw a;
        }
        throw new AnswerFormatException("the answer does not fit its schema", e);
      }
    };
  }

  private static Marshaller newMarshaller() {
    try {
      Marshaller marshaller = REQUEST.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
      return marshaller;
    } catch (JAXBException e) {
      throw new IllegalStateException("population request marshaller", e);
    }
  }

  private static Unmarshaller newUnmarshaller() {
    try {
      return ANSWER.createUnmarshaller();
    } catch (JAXBException e) {
      throw new IllegalStateException("population answer unmarshaller", e);
    }
  }

  private static JAXBContext context(Class<?> objectFactory) {
    try {
      return JAXBContext.newInstance(objectFactory);
    } catch (JAXBException e) {
      throw new IllegalStateException("JAXB context of " + objectFactory.getPackageName(), e);
    }
  }
}
