package vn.connector.testkit.population;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.connector.core.security.internal.SecureXml;
import vn.connector.core.security.internal.WsSecurityVerifier;

/** Copies the request's {@code xroad:id} header into the answer envelope, as an X-Road server does. */
final class XroadEcho {

  private static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";

  private XroadEcho() {}

  static Response apply(Response response, Request request) {
    byte[] body = response.getBody();
    if (body == null || body.length == 0) {
      return response;
    }
    Optional<String> id = WsSecurityVerifier.xroadId(request.getBody());
    if (id.isEmpty()) {
      return response;
    }
    Document envelope = SecureXml.parse(body);
    Element root = envelope.getDocumentElement();
    Element echo = envelope.createElementNS(XROAD, "xroad:id");
    echo.setTextContent(id.get());
    header(envelope, root).appendChild(echo);
    return Response.Builder.like(response).but().body(SecureXml.serialize(envelope)).build();
  }

  private static Element header(Document envelope, Element root) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "Header".equals(e.getLocalName())) {
        return e;
      }
    }
    String prefix = root.getPrefix() == null ? "" : root.getPrefix() + ":";
    Element header = envelope.createElementNS(root.getNamespaceURI(), prefix + "Header");
    root.insertBefore(header, root.getFirstChild());
    return header;
  }
}
