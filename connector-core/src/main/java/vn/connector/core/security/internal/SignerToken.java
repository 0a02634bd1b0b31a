package vn.connector.core.security.internal;

import static vn.connector.core.security.internal.WsSecurityNames.DS;
import static vn.connector.core.security.internal.WsSecurityNames.WSSE;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import vn.connector.core.security.CertificateValidator;

/**
 * Who signed a WS-Security envelope: the BinarySecurityToken the signature's KeyInfo points at,
 * accepted only when it chains to the anchors, is one of the other side's pinned certificates and
 * is not this side's own.
 */
final class SignerToken {

  private final CertificateValidator validator;
  private final Set<X509Certificate> peers;
  private final X509Certificate own;

  SignerToken(CertificateValidator validator, Set<X509Certificate> peers, X509Certificate own) {
    this.validator = validator;
    this.peers = Set.copyOf(peers);
    this.own = own;
  }

  /**
   * The signer's certificate.
   *
   * @throws RuleViolation naming the rule it fails
   */
  X509Certificate token(Element signature, Map<String, Element> ids) {
    Element keyInfo =
        WsSecurityNames.onlyChild(signature, DS, "KeyInfo", "token reference missing");
    Element str =
        WsSecurityNames.onlyChild(
            keyInfo, WSSE, "SecurityTokenReference", "token reference missing");
    Element reference =
        WsSecurityNames.onlyChild(str, WSSE, "Reference", "token reference missing");
    String uri = reference.getAttribute("URI");
    Element token = uri.startsWith("#") ? ids.get(uri.substring(1)) : null;
    if (token == null
        || !WSSE.equals(token.getNamespaceURI())
        || !"BinarySecurityToken".equals(token.getLocalName())
        || token.getParentNode() != signature.getParentNode()) {
      throw new RuleViolation("token reference unresolved");
    }
    X509Certificate certificate;
    try {
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(
                          Base64.getMimeDecoder().decode(token.getTextContent().strip())));
    } catch (CertificateException | IllegalArgumentException e) {
      throw new RuleViolation("token malformed");
    }
    if (certificate.equals(own)) {
      throw new RuleViolation("signer is this side's own certificate");
    }
    try {
      validator.validate(List.of(certificate));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(
          "certificate not trusted: " + e.getMessage().replaceFirst("^certificate: ", ""));
    }
    // Agencies, portals and officials all hold certificates of the same government CA: the chain
    // says who issued the token, only the pinned list says it is the other side's.
    if (!peers.contains(certificate)) {
      throw new RuleViolation("signer is not a configured peer certificate");
    }
    return certificate;
  }
}
