package vn.connector.population.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.connector.core.Call;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpRequest;
import vn.connector.core.security.internal.SecureXml;
import vn.connector.population.XRoadIdentifiers;

/**
 * Writes the X-Road SOAP header block of the X-Road message protocol 4.0 (common.md, "X-Road
 * identifiers (NDXP)") into every request envelope; the only place that writes {@code xroad:id}.
 *
 * <p>Choices, written down here once:
 *
 * <ul>
 *   <li>{@code xroad:id} is the call's request id, the MaYeuCau (a UUID), so it is the same on
 *       every retry and the national log, the X-Road log and the secured profile all name one
 *       request. With the secured profile the WS-Security signer, placed after this interceptor,
 *       covers it and the answer must echo it (the SOAP counterpart of REST's {@code x-request-id}
 *       binding).
 *   <li>With identifiers configured, the block is, in the order of the protocol's examples: {@code
 *       xroad:client} (object type SUBSYSTEM), {@code xroad:service} (object type SERVICE, {@code
 *       serviceCode} = the operation's root element name, {@code serviceVersion} when set), {@code
 *       xroad:userId} = the officer of the call context (MaCanBo), {@code xroad:id}, {@code
 *       xroad:protocolVersion} = {@code 4.0}. Identifiers are subsystem-level only: the {@code
 *       VN/GOV/<agency>/<subsystem>} form is what common.md models; MEMBER-level clients, {@code
 *       xroad:issue}, {@code xroad:represents} and {@code xroad:requestHash} are not modelled.
 *   <li>Without identifiers (secured profile only) the block is just {@code xroad:id}.
 * </ul>
 *
 * Prefixes are {@code xroad} and {@code id}; only the namespaces matter on the wire.
 */
public final class XroadHeaderInterceptor implements ExchangeInterceptor {

  static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
  static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
  static final String PROTOCOL_VERSION = "4.0";

  private final XRoadIdentifiers identifiers;

  /**
   * @param identifiers the client and service, or null to write only {@code xroad:id}
   */
  public XroadHeaderInterceptor(XRoadIdentifiers identifiers) {
    this.identifiers = identifiers;
  }

  @Override
  public HttpRequest beforeSend(Call call, HttpRequest request) {
    if (!request.hasBody()) {
      return request;
    }
    Document envelope = SecureXml.parse(request.body());
    Element header = header(envelope, envelope.getDocumentElement());
    if (identifiers != null) {
      header.appendChild(identifier(envelope, "client", "SUBSYSTEM", identifiers.client()));
      Element service = identifier(envelope, "service", "SERVICE", identifiers.service());
      service.appendChild(leaf(envelope, IDENTIFIERS, "id:serviceCode", call.operation()));
      if (identifiers.serviceVersion() != null) {
        service.appendChild(
            leaf(envelope, IDENTIFIERS, "id:serviceVersion", identifiers.serviceVersion()));
      }
      header.appendChild(service);
      if (call.context() != null) {
        header.appendChild(leaf(envelope, XROAD, "xroad:userId", call.context().officerId()));
      }
    }
    header.appendChild(leaf(envelope, XROAD, "xroad:id", call.requestId()));
    if (identifiers != null) {
      header.appendChild(leaf(envelope, XROAD, "xroad:protocolVersion", PROTOCOL_VERSION));
    }
    return request.withBody(SecureXml.serialize(envelope));
  }

  private static Element identifier(
      Document envelope, String name, String objectType, XRoadIdentifiers.Subsystem subsystem) {
    Element e = envelope.createElementNS(XROAD, "xroad:" + name);
    e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:id", IDENTIFIERS);
    e.setAttributeNS(IDENTIFIERS, "id:objectType", objectType);
    e.appendChild(leaf(envelope, IDENTIFIERS, "id:xRoadInstance", subsystem.instance()));
    e.appendChild(leaf(envelope, IDENTIFIERS, "id:memberClass", subsystem.memberClass()));
    e.appendChild(leaf(envelope, IDENTIFIERS, "id:memberCode", subsystem.memberCode()));
    e.appendChild(leaf(envelope, IDENTIFIERS, "id:subsystemCode", subsystem.subsystemCode()));
    return e;
  }

  private static Element leaf(Document envelope, String namespace, String name, String text) {
    Element e = envelope.createElementNS(namespace, name);
    e.setTextContent(text);
    return e;
  }

  private static Element header(Document envelope, Element root) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && "Header".equals(e.getLocalName())
          && root.getNamespaceURI().equals(e.getNamespaceURI())) {
        return e;
      }
    }
    String prefix = root.getPrefix() == null ? "" : root.getPrefix() + ":";
    Element header = envelope.createElementNS(root.getNamespaceURI(), prefix + "Header");
    root.insertBefore(header, root.getFirstChild());
    return header;
  }
}
