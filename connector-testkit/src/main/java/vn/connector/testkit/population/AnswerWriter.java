package vn.connector.testkit.population;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the answers of population.md: {@code CongdanCollection} and {@code KetQuaXacThuc} in
 * {@value #ANSWER_NS} (the modelled answer namespace), and SOAP 1.1 faults.
 */
final class AnswerWriter {

  static final String ANSWER_NS = "http://www.mic.gov.vn/dancu/1.0";
  private static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

  private AnswerWriter() {}

  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  static String collection(List<Persona> people, Persona head) {
    return envelope(
        w -> {
          w.setDefaultNamespace(ANSWER_NS);
          w.writeStartElement("", "CongdanCollection", ANSWER_NS);
          w.writeDefaultNamespace(ANSWER_NS);
          for (Persona p : people) {
            CitizenXml.write(w, p, head);
          }
          w.writeEndElement();
        });
  }

  static String verification(boolean matched, boolean idExists, String gender) {
    return envelope(
        w -> {
          w.setDefaultNamespace(ANSWER_NS);
          w.writeStartElement("", "KetQuaXacThuc", ANSWER_NS);
          w.writeDefaultNamespace(ANSWER_NS);
          CitizenXml.leaf(w, "TonTai", Boolean.toString(matched));
          CitizenXml.leaf(w, "SoDinhDanhTonTai", Boolean.toString(idExists));
          if (matched) {
            CitizenXml.leaf(w, "GioiTinh", gender);
          }
          w.writeEndElement();
        });
  }

  static String fault(String code, String text) {
    return envelope(
        w -> {
          w.writeStartElement("soapenv", "Fault", RequestReader.SOAP_NS);
          w.writeStartElement("faultcode");
          w.writeCharacters(code);
          w.writeEndElement();
          w.writeStartElement("faultstring");
          w.writeCharacters(text);
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  private static String envelope(Body body) {
    StringWriter out = new StringWriter(2048);
    try {
      XMLStreamWriter w = OUT.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("soapenv", RequestReader.SOAP_NS);
      w.writeStartElement("soapenv", "Envelope", RequestReader.SOAP_NS);
      w.writeNamespace("soapenv", RequestReader.SOAP_NS);
      w.writeStartElement("soapenv", "Body", RequestReader.SOAP_NS);
      body.write(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }
}
