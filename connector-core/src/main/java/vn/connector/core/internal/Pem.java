package vn.connector.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reads keys and certificates from PEM and PKCS#12 files (BouncyCastle for PEM private keys). */
public final class Pem {

  /** A private key and its certificate chain, leaf first. */
  public record KeyAndChain(PrivateKey key, List<X509Certificate> chain) {}

  private Pem() {}

  public static List<X509Certificate> readCertificates(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException(file + ": holds no certificate");
      }
      return out;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          file + ": cannot read certificates (" + e.getMessage() + ")", e);
    }
  }

  public static PrivateKey readPrivateKey(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return readPrivateKey(reader, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the private key", e);
    }
  }

  /** Reads a PKCS#8 ({@code PRIVATE KEY}) or traditional ({@code EC/RSA PRIVATE KEY}) PEM key. */
  public static PrivateKey readPrivateKey(Reader reader, String name) {
    try (PEMParser parser = new PEMParser(reader)) {
      Object o = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      if (o instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new IllegalArgumentException(name + ": holds no unencrypted private key");
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot read the private key", e);
    }
  }

  public static KeyAndChain readPkcs12(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.isKeyEntry(alias)) {
          Key key = ks.getKey(alias, password);
          List<X509Certificate> chain = new ArrayList<>();
          for (Certificate c : ks.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
          }
          return new KeyAndChain((PrivateKey) key, chain);
        }
      }
      throw new IllegalArgumentException(file + ": holds no key entry");
    } catch (IOException | GeneralSecurityException e) {
      // Wrong passwords surface here as IOException; say so without echoing anything secret.
      throw new IllegalArgumentException(
          file + ": cannot open the PKCS#12 file (wrong password?)", e);
    }
  }
}
