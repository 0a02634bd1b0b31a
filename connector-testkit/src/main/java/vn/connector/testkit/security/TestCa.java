package vn.connector.testkit.security;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.connector.core.security.SigningIdentity;

/**
 * A certificate authority made at run time with BouncyCastle, for tests and the embedded
 * simulators: never a real CA. Issues end-entity certificates with proper key usage.
 *
 * <pre>{@code
 * TestCa ca = TestCa.create("Test National Root CA");
 * SigningIdentity agency = ca.issue(TestCa.Profile.signing("Agency Test"));
 * }</pre>
 */
public final class TestCa {

  /** Key types the CA can issue for. */
  public enum KeyType {
    EC_P256,
    RSA_2048
  }

  /**
   * What to issue: subject CN, key type, validity window (relative to now), key usage, and for TLS
   * servers the host names / IPs.
   */
  public record Profile(
      String commonName,
      KeyType keyType,
      Duration notBefore,
      Duration notAfter,
      boolean digitalSignature,
      boolean tlsServer,
      boolean tlsClient) {

    public Profile {
      Objects.requireNonNull(commonName, "commonName");
      Objects.requireNonNull(keyType, "keyType");
    }

    /** A signing (and TLS client) certificate valid from an hour ago for a year. */
    public static Profile signing(String commonName) {
      return new Profile(
          commonName,
          KeyType.EC_P256,
          Duration.ofHours(-1),
          Duration.ofDays(365),
          true,
          false,
          true);
    }

    /** A TLS server certificate for localhost and 127.0.0.1. */
    public static Profile tlsServer(String commonName) {
      return new Profile(
          commonName,
          KeyType.EC_P256,
          Duration.ofHours(-1),
          Duration.ofDays(365),
          true,
          true,
          false);
    }

    public Profile keyType(KeyType type) {
      return new Profile(
          commonName, type, notBefore, notAfter, digitalSignature, tlsServer, tlsClient);
    }

    public Profile validity(Duration from, Duration to) {
      return new Profile(commonName, keyType, from, to, digitalSignature, tlsServer, tlsClient);
    }

    public Profile withoutDigitalSignature() {
      return new Profile(commonName, keyType, notBefore, notAfter, false, tlsServer, tlsClient);
    }
  }

  private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

  private final KeyPair keys;
  private final X509Certificate certificate;
  private final Clock clock;

  private TestCa(KeyPair keys, X509Certificate certificate, Clock clock) {
    this.keys = keys;
    this.certificate = certificate;
    this.clock = clock;
  }

  /** A self-signed root CA valid from a day ago for ten years. */
  public static TestCa create(String commonName) {
    return create(commonName, Clock.systemUTC());
  }

  public static TestCa create(String commonName, Clock clock) {
    try {
      KeyPair keys = generate(KeyType.EC_P256);
      X500Name name = new X500Name("CN=" + commonName + ",O=Connector Test PKI,C=VN");
      Instant now = clock.instant();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              serial(),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              keys.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(keys.getPublic()));
      return new TestCa(keys, convert(builder, keys), clock);
    } catch (GeneralSecurityException
        | java.io.IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("test CA generation failed", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** This CA's key and (self-signed) certificate, to export it. */
  SigningIdentity identity() {
    return SigningIdentity.of(keys.getPrivate(), List.of(certificate));
  }

  /** A CA from an exported key and certificate, as {@link TestPki#readFrom} needs. */
  static TestCa of(SigningIdentity exported) {
    return new TestCa(
        new KeyPair(exported.certificate().getPublicKey(), exported.privateKey()),
        exported.certificate(),
        Clock.systemUTC());
  }

  /** Issues a key pair and certificate; the chain is the certificate then this CA's. */
  public SigningIdentity issue(Profile profile) {
    try {
      KeyPair subject = generate(profile.keyType());
      Instant now = clock.instant();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              certificate,
              serial(),
              Date.from(now.plus(profile.notBefore())),
              Date.from(now.plus(profile.notAfter())),
              new X500Name("CN=" + profile.commonName() + ",O=Connector Test PKI,C=VN"),
              subject.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      int usage = profile.digitalSignature() ? KeyUsage.digitalSignature : KeyUsage.keyAgreement;
      if (profile.keyType() == KeyType.RSA_2048 && profile.tlsServer()) {
        usage |= KeyUsage.keyEncipherment;
      }
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(subject.getPublic()));
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate));
      if (profile.tlsServer()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(
                new GeneralName[] {
                  new GeneralName(GeneralName.dNSName, "localhost"),
                  new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                }));
      }
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          profile.tlsServer()
              ? new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)
              : new ExtendedKeyUsage(
                  new KeyPurposeId[] {
                    KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection
                  }));
      return SigningIdentity.of(subject.getPrivate(), List.of(convert(builder, keys), certificate));
    } catch (GeneralSecurityException
        | java.io.IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("certificate issuance failed", e);
    }
  }

  /** A CRL of this CA revoking {@code revoked}, valid for a day. */
  public X509CRL crl(X509Certificate... revoked) {
    try {
      Instant now = clock.instant();
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
              X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
              Date.from(now.minusSeconds(60)));
      builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
      for (X509Certificate c : revoked) {
        builder.addCRLEntry(
            c.getSerialNumber(), Date.from(now.minusSeconds(60)), CRLReason.keyCompromise);
      }
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(keys)));
    } catch (GeneralSecurityException
        | java.io.IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("CRL generation failed", e);
    }
  }

  private static X509Certificate convert(X509v3CertificateBuilder builder, KeyPair issuer)
      throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuer)));
  }

  private static ContentSigner signer(KeyPair issuer)
      throws org.bouncycastle.operator.OperatorCreationException {
    return new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate());
  }

  private static KeyPair generate(KeyType type) throws GeneralSecurityException {
    if (type == KeyType.RSA_2048) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return BigInteger.valueOf(SERIALS.incrementAndGet());
  }
}
