package vn.connector.core.security.internal;

import static vn.connector.core.security.internal.WsSecurityNames.DS;
import static vn.connector.core.security.internal.WsSecurityNames.WSSE;
import static vn.connector.core.security.internal.WsSecurityNames.WSU;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.ReplayStore;
import vn.connector.core.security.SignatureVerification;

/**
 * Verifies a WS-Security signed envelope with the defences of security.md: no DOCTYPE, exactly one
 * Body, unique ids, the references resolve to THAT Body and the Timestamp, the token chains to the
 * anchors, the Timestamp window holds.
 */
public final class WsSecurityVerifier {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

  private final CertificateValidator validator;
  private final Clock clock;
  private final Duration clockSkew;
  private final SignerToken signers;
  private final ReplayStore replays;

  /**
   * @param peers the other side's signing certificates: a token must be one of them
   * @param own this side's certificate, never accepted as the other side's
   * @param replays where accepted request signatures are remembered (provider side)
   */
  public WsSecurityVerifier(
      CertificateValidator validator,
      Clock clock,
      Duration clockSkew,
      Set<X509Certificate> peers,
      X509Certificate own,
      ReplayStore replays) {
    this.validator = validator;
    this.clock = clock;
    this.clockSkew = clockSkew;
    this.signers = new SignerToken(validator, peers, own);
    this.replays = replays;
  }

  /**
   * Verifies {@code envelopeBytes}. With {@code request} (the request envelope as sent) it is an
   * answer to that request: it must echo the request's X-Road header fields, carry the signed
   * {@code xroad:id} of the request when it had one, and match {@code xroad:requestHash} when
   * present. Without it, it is a request (provider side), refused when its signature value was
   * already accepted inside the window.
   */
  public SignatureVerification verify(byte[] envelopeBytes, byte[] request) {
    String keyId = null;
    String method = null;
    String value = null;
    try {
      Document doc = SecureXml.parse(envelopeBytes);
      Element envelope = doc.getDocumentElement();
      String soap = WsSecurityNames.soapNamespace(envelope);
      if (doc.getElementsByTagNameNS(soap, "Body").getLength() != 1) {
        throw new RuleViolation("exactly one Body required");
      }
      Element body = WsSecurityNames.onlyChild(envelope, soap, "Body", "exactly one Body required");
      Map<String, Element> ids = uniqueIds(doc);
      Element header =
          WsSecurityNames.onlyChild(envelope, soap, "Header", "security header missing");
      Element security =
          WsSecurityNames.onlyChild(header, WSSE, "Security", "security header missing");
      Element timestamp =
          WsSecurityNames.onlyChild(security, WSU, "Timestamp", "timestamp missing");
      Instant forgetAfter = checkTimestamp(timestamp);
      Element signature = WsSecurityNames.onlyChild(security, DS, "Signature", "signature missing");
      X509Certificate certificate = signers.token(signature, ids);
      keyId = KeyIds.of(certificate);
      XmlSignatureCheck check =
          new XmlSignatureCheck(ids, required(envelope, body, timestamp, request));
      XMLSignature xmlSignature =
          check.unmarshal(new DOMValidateContext(certificate.getPublicKey(), signature));
      method = xmlSignature.getSignedInfo().getSignatureMethod().getAlgorithm();
      value = Base64.getEncoder().encodeToString(xmlSignature.getSignatureValue().getValue());
      check.validate(xmlSignature, new DOMValidateContext(certificate.getPublicKey(), signature));
      if (request == null) {
        recordFirstUse(keyId, value, forgetAfter);
      }
      return SignatureVerification.passed(keyId, method, "", value);
    } catch (RuleViolation violation) {
      return SignatureVerification.failed(violation.rule(), keyId, method, "", value);
    } catch (RuntimeException unexpected) {
      // Whatever a hostile envelope makes a parser or provider throw, it is refused by a rule.
      return SignatureVerification.failed("envelope malformed", keyId, method, "", value);
    }
  }

  private static Set<Element> required(
      Element envelope, Element body, Element timestamp, byte[] request) {
    if (request == null) {
      return Set.of(body, timestamp);
    }
    List<Element> sent = XroadBinding.fields(SecureXml.parse(request).getDocumentElement());
    XroadBinding.check(sent, envelope, request);
    boolean requestHadId = sent.stream().anyMatch(e -> "id".equals(e.getLocalName()));
    if (!requestHadId) {
      return Set.of(body, timestamp);
    }
    Element xroadId =
        WsSecurityNames.xroadId(envelope).orElseThrow(() -> new RuleViolation("xroad:id missing"));
    return Set.of(body, timestamp, xroadId);
  }

  /** A request's signature value is accepted once inside the window, on any node sharing it. */
  private void recordFirstUse(String keyId, String signatureValue, Instant forgetAfter) {
    boolean first;
    try {
      first = replays.firstSeen("wss:" + keyId, signatureValue, forgetAfter, clock.instant());
    } catch (IllegalStateException e) {
      throw new RuleViolation(
          "replay cache full".equals(e.getMessage())
              ? "replay cache full"
              : "replay store unavailable");
    }
    if (!first) {
      throw new RuleViolation("signature replayed");
    }
  }

  /** The ds:SignatureValue of an envelope (whitespace removed), or empty text. */
  public static String signatureValue(byte[] envelopeBytes) {
    try {
      NodeList values = SecureXml.parse(envelopeBytes).getElementsByTagNameNS(DS, "SignatureValue");
      return values.getLength() == 1
          ? WHITE_SPACE.matcher(values.item(0).getTextContent()).replaceAll("")
          : "";
    } catch (RuleViolation unreadable) {
      return "";
    }
  }

  /** Every wsu:Id and Id attribute in the document, refusing duplicates, registered as DOM ids. */
  private static Map<String, Element> uniqueIds(Document doc) {
    Map<String, Element> ids = new HashMap<>();
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attr = (Attr) attributes.item(a);
        boolean wsuId = WSU.equals(attr.getNamespaceURI()) && "Id".equals(attr.getLocalName());
        boolean plainId =
            attr.getNamespaceURI() == null
                && ("Id".equals(attr.getName()) || "ID".equals(attr.getName()));
        if (wsuId || plainId) {
          if (ids.put(attr.getValue(), element) != null) {
            throw new RuleViolation("duplicate id: " + RuleViolation.quoted(attr.getValue()));
          }
          element.setIdAttributeNode(attr, true);
        }
      }
    }
    return ids;
  }

  /** Checks the window; returns the last instant at which the message could be accepted. */
  private Instant checkTimestamp(Element timestamp) {
    Instant created;
    Instant expires;
    try {
      created =
          Instant.parse(
              WsSecurityNames.onlyChild(timestamp, WSU, "Created", "timestamp malformed")
                  .getTextContent()
                  .strip());
      expires =
          Instant.parse(
              WsSecurityNames.onlyChild(timestamp, WSU, "Expires", "timestamp malformed")
                  .getTextContent()
                  .strip());
    } catch (DateTimeParseException e) {
      throw new RuleViolation("timestamp malformed");
    }
    Instant now = clock.instant();
    if (created.isAfter(now.plus(clockSkew))) {
      throw new RuleViolation("timestamp created in the future");
    }
    if (created.isBefore(now.minus(clockSkew))) {
      throw new RuleViolation("timestamp created too old");
    }
    if (!expires.isAfter(created) || expires.isBefore(now)) {
      throw new RuleViolation("timestamp expired");
    }
    Instant deadline = created.plus(clockSkew);
    return expires.isBefore(deadline) ? expires : deadline;
  }
}
