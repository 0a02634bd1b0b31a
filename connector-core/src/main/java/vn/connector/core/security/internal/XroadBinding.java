package vn.connector.core.security.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Binds an X-Road answer to its request (common.md, X-Road message protocol 4.0 §2.2): the answer
 * copies every X-Road header field of the request, in the same order and with the same values, and
 * may add {@code xroad:requestHash}, the base64 hash of the request message as sent, which is then
 * checked against the bytes this side sent. Values are compared as X-Road defines them: element
 * names, identifier attributes ({@code id:objectType}) and trimmed text; other attributes (a {@code
 * wsu:Id} each signer adds for its own signature) are not part of a field's value.
 */
public final class XroadBinding {

  private static final String XROAD = WsSecurityNames.XROAD;
  private static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";

  /** The digest algorithms of XML Encryption / XML Signature that X-Road names in algorithmId. */
  private static final Map<String, String> HASHES =
      Map.of(
          "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
          "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
          "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

  private XroadBinding() {}

  /** The X-Road header fields of an envelope, in order; empty when it has none. */
  public static List<Element> fields(Element envelope) {
    List<Element> fields = new ArrayList<>();
    for (Element header :
        WsSecurityNames.children(envelope, envelope.getNamespaceURI(), "Header")) {
      for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && XROAD.equals(e.getNamespaceURI())) {
          fields.add(e);
        }
      }
    }
    return fields;
  }

  /**
   * Checks that {@code answer} echoes {@code requestFields} and that its {@code requestHash}, if
   * any, is the hash of {@code requestBytes}.
   *
   * @throws RuleViolation naming what does not match
   */
  public static void check(List<Element> requestFields, Element answer, byte[] requestBytes) {
    if (requestFields.isEmpty()) {
      return;
    }
    List<Element> echoed = new ArrayList<>();
    List<Element> hashes = new ArrayList<>();
    for (Element field : fields(answer)) {
      (isRequestHash(field) ? hashes : echoed).add(field);
    }
    Optional<Element> requestId = byName(requestFields, "id");
    if (requestId.isPresent()) {
      Element answerId =
          byName(echoed, "id").orElseThrow(() -> new RuleViolation("xroad:id missing"));
      if (!text(requestId.get()).equals(text(answerId))) {
        throw new RuleViolation("xroad:id does not match the request");
      }
    }
    if (echoed.size() != requestFields.size()) {
      throw new RuleViolation("xroad header fields not echoed as sent");
    }
    for (int i = 0; i < echoed.size(); i++) {
      if (!value(echoed.get(i)).equals(value(requestFields.get(i)))) {
        throw new RuleViolation("xroad header fields not echoed as sent");
      }
    }
    checkRequestHash(hashes, requestBytes);
  }

  private static void checkRequestHash(List<Element> hashes, byte[] requestBytes) {
    if (hashes.isEmpty()) {
      return;
    }
    if (hashes.size() > 1) {
      throw new RuleViolation("xroad:requestHash repeated");
    }
    Element hash = hashes.get(0);
    String algorithm = HASHES.get(hash.getAttribute("algorithmId"));
    if (algorithm == null) {
      throw new RuleViolation("xroad:requestHash algorithm not supported");
    }
    byte[] claimed;
    try {
      claimed = Base64.getMimeDecoder().decode(text(hash));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation("xroad:requestHash malformed");
    }
    if (!MessageDigest.isEqual(claimed, ContentDigest.digest(algorithm, requestBytes))) {
      throw new RuleViolation("xroad:requestHash does not match the request");
    }
  }

  private static boolean isRequestHash(Element field) {
    return "requestHash".equals(field.getLocalName());
  }

  private static Optional<Element> byName(List<Element> fields, String localName) {
    List<Element> found = fields.stream().filter(e -> localName.equals(e.getLocalName())).toList();
    if (found.size() > 1) {
      throw new RuleViolation("xroad:" + localName + " repeated");
    }
    return found.stream().findFirst();
  }

  /** Name, identifier attributes and content, recursively, as one comparable text. */
  private static String value(Element e) {
    StringBuilder out = new StringBuilder();
    out.append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
    NamedNodeMap attributes = e.getAttributes();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (IDENTIFIERS.equals(a.getNamespaceURI())) {
        kept.add(a.getLocalName() + "=" + a.getValue());
      }
    }
    kept.stream().sorted().forEach(a -> out.append('[').append(a).append(']'));
    boolean hasElements = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        hasElements = true;
        out.append('(').append(value(child)).append(')');
      }
    }
    if (!hasElements) {
      out.append('=').append(text(e));
    }
    return out.toString();
  }

  private static String text(Element e) {
    return e.getTextContent().strip();
  }
}
