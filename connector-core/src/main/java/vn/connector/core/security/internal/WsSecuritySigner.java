package vn.connector.core.security.internal;

import static vn.connector.core.security.internal.WsSecurityNames.BASE64;
import static vn.connector.core.security.internal.WsSecurityNames.DS;
import static vn.connector.core.security.internal.WsSecurityNames.WSSE;
import static vn.connector.core.security.internal.WsSecurityNames.WSU;
import static vn.connector.core.security.internal.WsSecurityNames.X509V3;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.connector.core.security.SigningIdentity;

/**
 * Adds a WS-Security 1.1 header to an envelope: Timestamp, X.509 BinarySecurityToken and an
 * exclusive-c14n signature over Body and Timestamp whose KeyInfo points at the token.
 */
public final class WsSecuritySigner {

  private final SigningIdentity identity;
  private final Clock clock;
  private final Duration validity;

  public WsSecuritySigner(SigningIdentity identity, Clock clock, Duration validity) {
    this.identity = identity;
    this.clock = clock;
    this.validity = validity;
  }

  public byte[] sign(byte[] envelopeBytes) {
    Document doc = SecureXml.parse(envelopeBytes);
    Element envelope = doc.getDocumentElement();
    String soap = WsSecurityNames.soapNamespace(envelope);
    Element body = WsSecurityNames.onlyChild(envelope, soap, "Body", "exactly one Body required");
    Element security = doc.createElementNS(WSSE, "wsse:Security");
    // Canonicalisation reads namespace declarations from the DOM, so they must exist as attributes
    // before signing, not only be implied by element namespaces (added later by the serialiser).
    declare(security, "wsse", WSSE);
    declare(security, "wsu", WSU);
    security.setAttributeNS(
        soap,
        envelope.getPrefix() == null ? "mustUnderstand" : envelope.getPrefix() + ":mustUnderstand",
        "1");
    header(doc, envelope, soap, body).insertBefore(security, null);
    String bodyId = idOf(body, "Body-");
    Element timestamp = timestamp(doc);
    security.appendChild(timestamp);
    Element token = token(doc, identity.certificate());
    security.appendChild(token);
    List<String> references =
        new java.util.ArrayList<>(List.of("#" + bodyId, "#" + timestamp.getAttributeNS(WSU, "Id")));
    // Signing the X-Road message id binds a response to its request, as x-request-id does for REST.
    WsSecurityNames.xroadId(envelope).ifPresent(id -> references.add("#" + idOf(id, "XRID-")));
    try {
      signature(references, tokenReference(doc, token), security);
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new IllegalStateException(
          "WS-Security signing failed (" + e.getClass().getSimpleName() + ")", e);
    }
    return SecureXml.serialize(doc);
  }

  private static Element header(Document doc, Element envelope, String soap, Element body) {
    List<Element> headers = WsSecurityNames.children(envelope, soap, "Header");
    if (!headers.isEmpty()) {
      return headers.get(0);
    }
    Element header =
        doc.createElementNS(
            soap, envelope.getPrefix() == null ? "Header" : envelope.getPrefix() + ":Header");
    envelope.insertBefore(header, body);
    return header;
  }

  private static String idOf(Element element, String prefix) {
    String id = element.getAttributeNS(WSU, "Id");
    if (id.isEmpty()) {
      id = prefix + vn.connector.core.Call.newRequestId();
      declare(element, "wsu", WSU);
      element.setAttributeNS(WSU, "wsu:Id", id);
    }
    element.setIdAttributeNS(WSU, "Id", true);
    return id;
  }

  private static void declare(Element element, String prefix, String namespace) {
    element.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, namespace);
  }

  private Element timestamp(Document doc) {
    Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Element timestamp = doc.createElementNS(WSU, "wsu:Timestamp");
    idOf(timestamp, "TS-");
    Element c = doc.createElementNS(WSU, "wsu:Created");
    c.setTextContent(created.toString());
    Element e = doc.createElementNS(WSU, "wsu:Expires");
    e.setTextContent(created.plus(validity).toString());
    timestamp.appendChild(c);
    timestamp.appendChild(e);
    return timestamp;
  }

  private static Element token(Document doc, X509Certificate certificate) {
    Element token = doc.createElementNS(WSSE, "wsse:BinarySecurityToken");
    token.setAttribute("ValueType", X509V3);
    token.setAttribute("EncodingType", BASE64);
    idOf(token, "X509-");
    try {
      token.setTextContent(Base64.getEncoder().encodeToString(certificate.getEncoded()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("certificate cannot be encoded", e);
    }
    return token;
  }

  private static Element tokenReference(Document doc, Element token) {
    Element str = doc.createElementNS(WSSE, "wsse:SecurityTokenReference");
    Element reference = doc.createElementNS(WSSE, "wsse:Reference");
    reference.setAttribute("URI", "#" + token.getAttributeNS(WSU, "Id"));
    reference.setAttribute("ValueType", X509V3);
    str.appendChild(reference);
    return str;
  }

  private void signature(List<String> uris, Element tokenReference, Element security)
      throws GeneralSecurityException, MarshalException, XMLSignatureException {
    XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
    DigestMethod sha256 = factory.newDigestMethod(DigestMethod.SHA256, null);
    List<Transform> excC14n =
        List.of(
            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
    List<Reference> references =
        uris.stream().map(u -> factory.newReference(u, sha256, excC14n, null, null)).toList();
    String method =
        identity.certificate().getPublicKey() instanceof ECKey
            ? SignatureMethod.ECDSA_SHA256
            : SignatureMethod.RSA_SHA256;
    SignedInfo signedInfo =
        factory.newSignedInfo(
            factory.newCanonicalizationMethod(
                CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
            factory.newSignatureMethod(method, null),
            references);
    var keyInfo = factory.getKeyInfoFactory().newKeyInfo(List.of(new DOMStructure(tokenReference)));
    DOMSignContext context = new DOMSignContext(identity.privateKey(), security);
    context.setDefaultNamespacePrefix("ds");
    context.putNamespacePrefix(DS, "ds");
    factory.newXMLSignature(signedInfo, keyInfo).sign(context);
  }
}
