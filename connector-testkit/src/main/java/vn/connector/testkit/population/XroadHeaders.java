package vn.connector.testkit.population;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.connector.core.security.internal.SecureXml;

/**
 * The X-Road SOAP header block (message protocol 4.0, common.md "X-Road identifiers (NDXP)") as a
 * security server in front of C06 treats it: checked, then echoed in the answer. A block of only
 * {@code xroad:id} is the secured profile's request binding and is echoed without further checks;
 * any other X-Road header makes the whole block required: {@code xroad:client} (SUBSYSTEM, equal to
 * the configured X-Road client), {@code xroad:service} (SERVICE, its {@code serviceCode} the
 * operation in the body), {@code xroad:userId}, {@code xroad:id} and {@code xroad:protocolVersion}
 * {@code 4.0}. A malformed block is a SOAP Client fault, as X-Road answers one.
 */
final class XroadHeaders {

  static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
  static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
  private static final String[] IDENTIFIER_PARTS = {
    "xRoadInstance", "memberClass", "memberCode", "subsystemCode", "serviceCode", "serviceVersion"
  };

  private XroadHeaders() {}

  /** The X-Road elements of the request's SOAP Header, in order; empty when none or unreadable. */
  static List<Element> read(byte[] request) {
    List<Element> block = new ArrayList<>();
    try {
      Element root = SecureXml.parse(request).getDocumentElement();
      for (Element header : children(root, root.getNamespaceURI(), "Header")) {
        children(header, XROAD, null).forEach(block::add);
      }
    } catch (RuntimeException e) {
      // Not XML: RequestReader answers that with its own fault.
    }
    return block;
  }

  static void check(List<Element> block, WireQuery q, String expectedClient) {
    if (block.isEmpty() || block.size() == 1 && "id".equals(block.get(0).getLocalName())) {
      return;
    }
    String version = text(only(block, "protocolVersion"));
    if (!"4.0".equals(version)) {
      throw new BadRequest("xroad:protocolVersion phải là 4.0, nhận được " + version);
    }
    String client = identifier(only(block, "client"), "SUBSYSTEM", 4);
    if (!client.equals(expectedClient)) {
      throw new BadRequest("xroad:client " + client + " không được phép gọi dịch vụ");
    }
    Element service = only(block, "service");
    identifier(service, "SERVICE", 5);
    if (!q.operation().equals(text(children(service, IDENTIFIERS, "serviceCode").get(0)))) {
      throw new BadRequest("xroad:service serviceCode khác thao tác trong SOAP Body");
    }
    if (text(only(block, "userId")).isEmpty() || text(only(block, "id")).isEmpty()) {
      throw new BadRequest("xroad:userId và xroad:id không được để trống");
    }
  }

  /** The answer with the request's block copied into its SOAP Header (no request attributes). */
  static String echo(String answer, List<Element> block) {
    if (block.isEmpty()) {
      return answer;
    }
    Document envelope = SecureXml.parse(answer.getBytes(StandardCharsets.UTF_8));
    Element root = envelope.getDocumentElement();
    String prefix = root.getPrefix() == null ? "" : root.getPrefix() + ":";
    Element header = envelope.createElementNS(root.getNamespaceURI(), prefix + "Header");
    root.insertBefore(header, root.getFirstChild());
    for (Element e : block) {
      header.appendChild(copy(envelope, e));
    }
    return new String(SecureXml.serialize(envelope), StandardCharsets.UTF_8);
  }

  /**
   * Keeps only identifier attributes (objectType): a request's wsu:Id must not reappear signed by
   * us.
   */
  private static Element copy(Document target, Element source) {
    Element e = target.createElementNS(source.getNamespaceURI(), source.getTagName());
    NamedNodeMap attributes = source.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (IDENTIFIERS.equals(a.getNamespaceURI())) {
        e.setAttributeNS(IDENTIFIERS, a.getName(), a.getValue());
      }
    }
    for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        e.appendChild(copy(target, child));
      } else if (n.getNodeType() == Node.TEXT_NODE) {
        e.appendChild(target.createTextNode(n.getNodeValue()));
      }
    }
    return e;
  }

  /**
   * instance/memberClass/memberCode/subsystem[/serviceCode[/serviceVersion]] of a well-formed
   * identifier.
   */
  private static String identifier(Element e, String objectType, int required) {
    String name = "xroad:" + e.getLocalName();
    if (!objectType.equals(e.getAttributeNS(IDENTIFIERS, "objectType"))) {
      throw new BadRequest(name + " phải có id:objectType " + objectType);
    }
    String[] names = IDENTIFIER_PARTS;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      List<Element> found = children(e, IDENTIFIERS, names[i]);
      if (found.size() > 1
          || found.isEmpty() && i < required
          || !found.isEmpty() && text(found.get(0)).isEmpty()) {
        throw new BadRequest(name + " thiếu hoặc sai id:" + names[i]);
      }
      found.forEach(f -> out.append(out.length() == 0 ? "" : "/").append(text(f)));
    }
    return out.toString();
  }

  private static Element only(List<Element> block, String localName) {
    List<Element> found = block.stream().filter(e -> localName.equals(e.getLocalName())).toList();
    if (found.size() != 1) {
      throw new BadRequest("Cần đúng một xroad:" + localName + " trong SOAP Header");
    }
    return found.get(0);
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && (localName == null || localName.equals(e.getLocalName()))) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element e) {
    return e.getTextContent().strip();
  }
}
