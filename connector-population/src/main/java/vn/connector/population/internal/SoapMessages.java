package vn.connector.population.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.nio.charset.StandardCharsets;
import vn.connector.core.internal.Recycler;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;
import vn.connector.population.internal.ws.request.ObjectFactory;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * The schema-bound halves of a SOAP exchange, with the JAXB classes generated from our WSDL and no
 * JAX-WS machinery around them: the request envelope (Body holding the operation's element, the
 * generated request type written by {@link RequestXml}), and the readers of the answer payload
 * (JAXB, or {@link VerificationXml} for the verification), which {@link SoapCodec#read} hands it in
 * the same pass that checks the envelope. Unknown answer elements are skipped (JAXB's default), as
 * the contract asks. Thread-safe.
 */
final class SoapMessages {

  private static final ObjectFactory REQUESTS = new ObjectFactory();

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
   * and end are bytes made once; the operation's element between them is written by {@link
   * RequestXml}, the bytes JAXB's marshaller wrote (tested against it), at a fraction of its cost.
   */
  static byte[] request(Operation operation, YeuCauCongDan wire) {
    return RequestXml.write(ENVELOPE_START, element(operation, wire), ENVELOPE_END);
  }

  private static JAXBElement<YeuCauCongDan> element(Operation operation, YeuCauCongDan wire) {
    return switch (operation) {
      case LOOKUP -> REQUESTS.createTraCuuThongTinCongDan(wire);
      case VERIFY -> REQUESTS.createXacThucThongTinCongDan(wire);
      case HOUSEHOLD -> REQUESTS.createCungCapThongTinHoGiaDinh(wire);
    };
  }

  /** The verification answer, read without JAXB ({@link VerificationXml}). */
  static final SoapCodec.PayloadReader<KetQua> VERIFICATION = VerificationXml::read;

  /** A list of citizens (lookup, household), read by JAXB. */
  static final SoapCodec.PayloadReader<DanhSachCongDan> CITIZENS = answer(DanhSachCongDan.class);

  /**
   * Reads the payload element a reader stands on as {@code type}, with JAXB.
   *
   * @throws AnswerFormatException (from the reader) when it cannot be read as one
   */
  static <T> SoapCodec.PayloadReader<T> answer(Class<T> type) {
    return r -> {
      try {
        Unmarshaller unmarshaller = Jaxb.UNMARSHALLERS.take();
        T value = unmarshaller.unmarshal(r, type).getValue();
        Jaxb.UNMARSHALLERS.giveBack(unmarshaller); // not after a failure: its state is unknown
        return value;
      } catch (JAXBException | RuntimeException e) {
        if (e instanceof AnswerFormatException a) {
          throw a;
        }
        throw new AnswerFormatException("the answer does not fit its schema", e);
      }
    };
  }

  /**
   * JAXB for the answers, made on first use: a client that only verifies never builds the context
   * (a tenth of a second and some hundreds of classes at start).
   */
  private static final class Jaxb {
    static final JAXBContext ANSWER =
        context(vn.connector.population.internal.ws.answer.ObjectFactory.class);

    /**
     * Unmarshallers are not thread-safe, and making one per call was part of a tenth of a direct
     * verification's allocation (issue 16): a few are kept and reused.
     */
    static final Recycler<Unmarshaller> UNMARSHALLERS =
        new Recycler<>(16, SoapMessages::newUnmarshaller);
  }

  private static Unmarshaller newUnmarshaller() {
    try {
      return Jaxb.ANSWER.createUnmarshaller();
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
