package vn.connector.core.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespaces and URIs of WS-Security 1.1 and SOAP, and small DOM helpers. */
final class WsSecurityNames {

  static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
  static final String DS = "http://www.w3.org/2000/09/xmldsig#";
  static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
  static final String X509V3 =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3";
  static final String BASE64 =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";

  private WsSecurityNames() {}

  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static Element onlyChild(Element parent, String namespace, String localName, String rule) {
    List<Element> found = children(parent, namespace, localName);
    if (found.size() != 1) {
      throw new RuleViolation(rule);
    }
    return found.get(0);
  }

  /** The {@code xroad:id} header element of an envelope, if it has exactly one. */
  static java.util.Optional<Element> xroadId(Element envelope) {
    List<Element> headers = children(envelope, envelope.getNamespaceURI(), "Header");
    if (headers.size() != 1) {
      return java.util.Optional.empty();
    }
    List<Element> ids = children(headers.get(0), XROAD, "id");
    return ids.size() == 1 ? java.util.Optional.of(ids.get(0)) : java.util.Optional.empty();
  }

  static String soapNamespace(Element envelope) {
    String ns = envelope.getNamespaceURI();
    if (!"Envelope".equals(envelope.getLocalName()) || !(SOAP11.equals(ns) || SOAP12.equals(ns))) {
      throw new RuleViolation("not a SOAP envelope");
    }
    return ns;
  }
}
