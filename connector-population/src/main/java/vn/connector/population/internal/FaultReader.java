package vn.connector.population.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code faultcode} and {@code faultstring} of a SOAP 1.1 Fault, by local name. */
final class FaultReader {

  private FaultReader() {}

  /** The reader stands on the Fault start element. */
  static <T> SoapAnswer<T> read(XMLStreamReader r) throws XMLStreamException {
    String code = null;
    String text = null;
    int depth = 1;
    while (depth > 0) {
      int event = SoapCodec.nextElement(r);
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new AnswerFormatException("the SOAP Fault is cut off");
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (depth == 1 && "faultcode".equals(r.getLocalName())) {
        code = r.getElementText().strip();
      } else if (depth == 1 && "faultstring".equals(r.getLocalName())) {
        text = r.getElementText().strip();
      } else {
        depth++;
      }
    }
    return new SoapAnswer.Fault<>(code, text);
  }
}
