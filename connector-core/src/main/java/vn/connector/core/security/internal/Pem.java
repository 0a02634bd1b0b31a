package vn.connector.core.security.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * PEM keys and certificates through BouncyCastle's {@link PEMParser}; keys end up in JDK providers.
 */
public final class Pem {

  private Pem() {}

  public static List<X509Certificate> certificates(Path file) {
    return certificates(read(file), file.toString());
  }

  public static List<X509Certificate> certificates(String pem, String source) {
    List<X509Certificate> certificates = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        if (object instanceof X509CertificateHolder holder) {
          certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
        }
      }
    } catch (IOException | CertificateException e) {
      throw new IllegalArgumentException(
          source + ": not a PEM certificate file (" + e.getClass().getSimpleName() + ")");
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException(source + ": holds no certificate");
    }
    return certificates;
  }

  /**
   * The first private key in {@code pem}; {@code password} only for encrypted keys, may be null.
   */
  public static PrivateKey privateKey(String pem, char[] password, String source) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        PrivateKeyInfo info = keyInfo(object, password, source);
        if (info != null) {
          return new JcaPEMKeyConverter().getPrivateKey(info);
        }
      }
    } catch (IOException | OperatorCreationException | PKCSException e) {
      throw new IllegalArgumentException(
          source + ": private key unreadable (" + e.getClass().getSimpleName() + ")");
    }
    throw new IllegalArgumentException(source + ": holds no private key");
  }

  public static PublicKey publicKey(String pem, String source) {
    try (Reader reader = new StringReader(pem);
        PEMParser parser = new PEMParser(reader)) {
      Object object = parser.readObject();
      if (object instanceof SubjectPublicKeyInfo info) {
        return new JcaPEMKeyConverter().getPublicKey(info);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": public key unreadable");
    }
    throw new IllegalArgumentException(source + ": holds no public key");
  }

  private static PrivateKeyInfo keyInfo(Object object, char[] password, String source)
      throws IOException, OperatorCreationException, PKCSException {
    if (object instanceof PrivateKeyInfo info) {
      return info;
    }
    if (object instanceof PEMKeyPair pair) {
      return pair.getPrivateKeyInfo();
    }
    if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
      return encrypted.decryptPrivateKeyInfo(
          new JceOpenSSLPKCS8DecryptorProviderBuilder().build(requirePassword(password, source)));
    }
    if (object instanceof PEMEncryptedKeyPair encrypted) {
      return encrypted
          .decryptKeyPair(
              new JcePEMDecryptorProviderBuilder().build(requirePassword(password, source)))
          .getPrivateKeyInfo();
    }
    return null;
  }

  private static char[] requirePassword(char[] password, String source) {
    if (password == null) {
      throw new IllegalArgumentException(source + ": key is encrypted and no password was given");
    }
    return password;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
