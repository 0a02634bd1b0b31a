package vn.connector.benchmarks.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The hand-written reading of a XacThucThongTinCongDan answer: StAX by local names for TonTai,
 * SoDinhDanhTonTai and GioiTinh (the fields the SDK's verify reads), and the lgsp-json wrapper
 * around it read with Jackson's streaming parser.
 */
final class VerifyAnswers {

  /** What the SDK's verify reads. */
  record Answer(boolean matched, Boolean idExists, String gender) {}

  static final XMLInputFactory XML = secureFactory();

  private VerifyAnswers() {}

  static Answer fromJson(InputStream in) throws IOException {
    String[] f = BaselineHttp.topFields(in, "error_code", "message");
    String code = f[0];
    String message = f[1];
    if (!"0".equals(code) || message == null) {
      throw new IOException("lgsp error " + code);
    }
    try {
      return read(XML.createXMLStreamReader(new StringReader(message)));
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** KetQuaXacThuc by local names (the answer namespace is modelled: population.md). */
  static Answer read(XMLStreamReader r) throws XMLStreamException, IOException {
    Boolean matched = null;
    Boolean idExists = null;
    String gender = null;
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "TonTai" -> matched = Boolean.parseBoolean(r.getElementText().trim());
            case "SoDinhDanhTonTai" -> idExists = Boolean.parseBoolean(r.getElementText().trim());
            case "GioiTinh" -> gender = r.getElementText().trim();
            case "Fault" -> throw new IOException("SOAP fault");
            default -> {}
          }
        }
      }
    } finally {
      r.close();
    }
    if (matched == null) {
      throw new IOException("KetQuaXacThuc has no TonTai");
    }
    return new Answer(matched, idExists, gender);
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
