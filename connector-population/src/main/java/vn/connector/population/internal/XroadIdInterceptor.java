package vn.connector.population.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.connector.core.Call;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.HttpRequest;
import vn.connector.core.security.internal.SecureXml;

/**
 * Puts the call's request id (the MaYeuCau) into an {@code xroad:id} SOAP header before the
 * WS-Security interceptor signs the envelope. The signer then covers it, and the verifier requires
 * the national side to echo it under its signature, so a signed answer to another call cannot be
 * replayed onto this one (the SOAP counterpart of REST's {@code x-request-id} binding; the contract
 * is silent on it, X-Road security servers do exactly this). The id is the same on every retry.
 */
public final class XroadIdInterceptor implements ExchangeInterceptor {

  static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";

  @Override
  public HttpRequest beforeSend(Call call, HttpRequest request) {
    if (!request.hasBody()) {
      return request;
    }
    Document envelope = SecureXml.parse(request.body());
    Element root = envelope.getDocumentElement();
    Element header = header(envelope, root);
    Element id = envelope.createElementNS(XROAD, "xroad:id");
    id.setTextContent(call.requestId());
    header.appendChild(id);
    return request.withBody(SecureXml.serialize(envelope));
  }

  private static Element header(Document envelope, Element root) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "Header".equals(e.getLocalName()) && root.getNamespaceURI().equals(e.getNamespaceURI())) {
        return e;
      }
    }
    String prefix = root.getPrefix() == null ? "" : root.getPrefix() + ":";
    Element header = envelope.createElementNS(root.getNamespaceURI(), prefix + "Header");
    root.insertBefore(header, root.getFirstChild());
    return header;
  }
}
