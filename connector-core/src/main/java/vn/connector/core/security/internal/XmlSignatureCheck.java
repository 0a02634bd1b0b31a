package vn.connector.core.security.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.Data;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Element;

/**
 * Checks one ds:Signature of an envelope: only exclusive c14n, SHA-256 digests, RSA/ECDSA-SHA256,
 * only same-document references, and every required element (Body, Timestamp) reached by a
 * reference that resolved to that very element.
 */
final class XmlSignatureCheck {

  private static final Set<String> METHODS =
      Set.of(SignatureMethod.RSA_SHA256, SignatureMethod.ECDSA_SHA256);

  private static final String SIGNATURE_PROVIDER =
      "org.jcp.xml.dsig.internal.dom.SignatureProvider";

  private final XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
  private final Map<String, Element> ids;
  private final Set<Element> required;
  private final Set<Element> resolved = Collections.newSetFromMap(new IdentityHashMap<>());

  XmlSignatureCheck(Map<String, Element> ids, Set<Element> required) {
    this.ids = ids;
    this.required = required;
  }

  XMLSignature unmarshal(DOMValidateContext context) {
    try {
      XMLSignature signature = factory.unmarshalXMLSignature(context);
      checkAlgorithms(signature);
      return signature;
    } catch (MarshalException e) {
      throw new RuleViolation("signature malformed");
    }
  }

  void validate(XMLSignature signature, DOMValidateContext context) {
    context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    if (SignatureMethod.ECDSA_SHA256.equals(
        signature.getSignedInfo().getSignatureMethod().getAlgorithm())) {
      // ECDSA is checked by BouncyCastle, as on the REST side: SunEC before JDK 17.0.3 accepts
      // r = s = 0 for any message (CVE-2022-21449), and whatever provider an application puts
      // first would otherwise decide. The JDK's XML signature code reads this property.
      context.setProperty(SIGNATURE_PROVIDER, Providers.bouncyCastle());
    }
    context.setURIDereferencer(recording(factory.getURIDereferencer()));
    boolean valid;
    try {
      valid = signature.validate(context);
    } catch (XMLSignatureException e) {
      throw new RuleViolation("signature invalid");
    }
    if (!valid) {
      throw new RuleViolation(
          referencesValid(signature, context) ? "signature invalid" : "digest mismatch");
    }
    for (Element element : required) {
      if (!resolved.contains(element)) {
        throw new RuleViolation(unsignedRule(element));
      }
    }
  }

  private static String unsignedRule(Element element) {
    switch (element.getLocalName()) {
      case "Body":
        return "signed element is not the processed Body";
      case "Timestamp":
        return "timestamp not signed";
      default:
        return "xroad:id not signed";
    }
  }

  private boolean referencesValid(XMLSignature signature, DOMValidateContext context) {
    try {
      for (Object reference : signature.getSignedInfo().getReferences()) {
        if (!((Reference) reference).validate(context)) {
          return false;
        }
      }
      return true;
    } catch (XMLSignatureException e) {
      return false;
    }
  }

  private void checkAlgorithms(XMLSignature signature) {
    if (!CanonicalizationMethod.EXCLUSIVE.equals(
        signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm())) {
      throw new RuleViolation("canonicalization not allowed");
    }
    if (!METHODS.contains(signature.getSignedInfo().getSignatureMethod().getAlgorithm())) {
      throw new RuleViolation("signature algorithm not allowed");
    }
    for (Object o : signature.getSignedInfo().getReferences()) {
      Reference reference = (Reference) o;
      List<?> transforms = reference.getTransforms();
      boolean excC14nOnly =
          transforms.size() == 1
              && CanonicalizationMethod.EXCLUSIVE.equals(
                  ((Transform) transforms.get(0)).getAlgorithm());
      if (!excC14nOnly || !DigestMethod.SHA256.equals(reference.getDigestMethod().getAlgorithm())) {
        throw new RuleViolation("reference transform or digest not allowed");
      }
    }
  }

  /** Resolves only "#id" against the checked id table and remembers which elements were reached. */
  private URIDereferencer recording(URIDereferencer delegate) {
    return (uriReference, context) -> {
      String uri = uriReference.getURI();
      Element target = uri != null && uri.startsWith("#") ? ids.get(uri.substring(1)) : null;
      if (target == null) {
        throw new URIReferenceException("reference not allowed: only same-document ids");
      }
      Data data = delegate.dereference(uriReference, context);
      resolved.add(target);
      return data;
    };
  }
}
