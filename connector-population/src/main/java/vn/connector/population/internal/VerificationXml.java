package vn.connector.population.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.connector.population.internal.ws.answer.KetQua;

/**
 * Reads the verification answer ({@code KetQuaXacThuc}) into its schema-bound type {@link KetQua}
 * with StAX, as JAXB's unmarshaller reads it: {@code TonTai}, {@code SoDinhDanhTonTai} and {@code
 * GioiTinh} by local name (the modelled answer namespace, {@link AnswerNamespace}, puts every
 * element in the schema's namespace), each the element's own text as written (whitespace kept, an
 * empty element the empty string, a repeated one the last, only the text after a stray child
 * element), unknown elements and attributes skipped, what is absent null, an answer element marked
 * {@code xsi:nil} null. Tested against JAXB over random answers.
 *
 * <p>Why not JAXB here: the verification is the call made most (bulk runs make millions), its
 * answer has three text fields, and JAXB's unmarshaller was a tenth of its CPU; at 32 callers every
 * object JAXB creates also passes one JVM-wide synchronized constructor cache ({@code
 * ClassFactory}), the most contended monitor of a verification (issue 16). Lookups and households,
 * whose answers are the whole citizen record, are still read by JAXB.
 */
final class VerificationXml {

  private VerificationXml() {}

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * Reads the payload element the reader stands on, to its end; null when it says {@code
   * xsi:nil="true"}, as JAXB reads it (the caller refuses such an answer).
   */
  static KetQua read(XMLStreamReader r) throws XMLStreamException {
    if (nil(r)) {
      skip(r);
      return null;
    }
    KetQua answer = new KetQua();
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "TonTai" -> answer.setTonTai(text(r));
          case "SoDinhDanhTonTai" -> answer.setSoDinhDanhTonTai(text(r));
          case "GioiTinh" -> answer.setGioiTinh(text(r));
          default -> skip(r);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return answer;
      }
    }
  }

  /**
   * The element's own character data after its last child element, if any (a child is skipped); the
   * reader left on its end.
   */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    String text = "";
    StringBuilder more = null;
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.isEmpty()) {
            text = r.getText();
          } else {
            more = (more == null ? new StringBuilder(text) : more).append(r.getText());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> {
          // JAXB keeps only the text after a child element; so do we
          skip(r);
          text = "";
          more = null;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return more == null ? text : more.toString();
        }
        default -> {
          // comments and processing instructions are not text
        }
      }
    }
  }

  /** {@code xsi:nil} true ({@code true} or {@code 1}, spaces around ignored, as xs:boolean). */
  private static boolean nil(XMLStreamReader r) {
    String value = r.getAttributeValue(XSI, "nil");
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return v.equals("true") || v.equals("1");
  }

  /** Skips the element the reader stands on, to its end. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
