package vn.connector.core.internal;

import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way national XML (SOAP answers, the civil registry's {@code <hoTich>}) is read: a StAX
 * factory that resolves nothing outside the document, and a cursor that refuses a DOCTYPE and any
 * entity reference wherever it stands. Turning DTD support off does not make a parser refuse a
 * declared DOCTYPE (Woodstox accepts an internal subset), so the events are checked as well.
 */
public final class SafeXml {

  private static final XMLInputFactory INPUT = inputFactory();

  private SafeXml() {}

  /** A shared, thread-safe factory: no DTD, no external entity, text coalesced. */
  public static XMLInputFactory input() {
    return INPUT;
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Belt and braces beside the DOCTYPE refusal: nothing outside the document is ever fetched.
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entities are refused");
        });
    return f;
  }

  /**
   * Moves to the next start or end element, or END_DOCUMENT at the end; a DOCTYPE or an entity
   * reference is refused with the exception {@code refusal} makes of what was found.
   */
  public static int nextElement(
      XMLStreamReader r, Function<String, ? extends RuntimeException> refusal)
      throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw refusal.apply("DOCTYPE");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw refusal.apply("entity reference");
      }
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
        return event;
      }
    }
    return XMLStreamConstants.END_DOCUMENT;
  }
}
