package vn.connector.core.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.connector.core.security.internal.KeyIds;
import vn.connector.core.security.internal.Pem;

/**
 * The agency's signing key and certificate chain (khóa và chứng thư số của cơ quan), loaded from
 * PKCS#12, PEM or any JCA key store (a PKCS#11 token included). Immutable.
 *
 * <pre>{@code
 * SigningIdentity identity = SigningIdentity.fromPkcs12(Path.of("agency.p12"), password);
 * Signer signer = identity.signer();             // ecdsa-p256-sha256 for an EC key
 * String keyId = identity.keyId();               // what the national side looks the key up by
 * }</pre>
 */
public final class SigningIdentity {

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;
  private final String keyId;

  private SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain, String keyId) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    if (Objects.requireNonNull(chain, "chain").isEmpty()) {
      throw new IllegalArgumentException("chain: must hold the signing certificate");
    }
    this.chain = List.copyOf(chain);
    this.keyId = Objects.requireNonNull(keyId, "keyId");
  }

  /**
   * A key and chain (end entity first); the key id is {@link KeyIds#of the certificate's
   * thumbprint}.
   */
  public static SigningIdentity of(PrivateKey privateKey, List<X509Certificate> chain) {
    return new SigningIdentity(privateKey, chain, KeyIds.of(chain.get(0)));
  }

  /** This identity under another key id, for when the national side assigned one. */
  public SigningIdentity withKeyId(String keyId) {
    return new SigningIdentity(privateKey, chain, keyId);
  }

  /** The first key entry of a PKCS#12 file. */
  public static SigningIdentity fromPkcs12(Path file, char[] password) {
    return fromPkcs12(file, password, null);
  }

  /** The key entry {@code alias} (first key entry when null) of a PKCS#12 file. */
  public static SigningIdentity fromPkcs12(Path file, char[] password, String alias) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(password, "password");
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return load(store, alias, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          file + ": PKCS#12 unreadable or wrong password (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A key entry of a loaded key store, PKCS#11 included ({@code KeyStore.getInstance("PKCS11",
   * provider)}).
   *
   * @param alias the entry, or null for the first key entry
   * @param password the entry's password (the PIN for a token)
   */
  public static SigningIdentity fromKeyStore(KeyStore store, String alias, char[] password) {
    Objects.requireNonNull(store, "store");
    try {
      return load(store, alias, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "keyStore: key entry unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static SigningIdentity load(KeyStore store, String alias, char[] password)
      throws GeneralSecurityException {
    String entry = alias != null ? alias : firstKeyAlias(store);
    if (!store.isKeyEntry(entry)) {
      throw new IllegalArgumentException("alias: no key entry named " + entry);
    }
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate certificate : store.getCertificateChain(entry)) {
      chain.add((X509Certificate) certificate);
    }
    return of((PrivateKey) store.getKey(entry, password), chain);
  }

  /** A PEM private key (PKCS#8, SEC1 or PKCS#1; unencrypted) and a PEM chain, end entity first. */
  public static SigningIdentity fromPem(Path privateKey, Path chain) {
    return fromPem(privateKey, null, chain);
  }

  /** As {@link #fromPem(Path, Path)} with the key's password for an encrypted key. */
  public static SigningIdentity fromPem(Path privateKey, char[] password, Path chain) {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(chain, "chain");
    return of(
        Pem.privateKey(Pem.read(privateKey), password, privateKey.toString()),
        Pem.certificates(chain));
  }

  private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new IllegalArgumentException("keyStore: holds no key entry");
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The signing (end-entity) certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** End entity first. */
  public List<X509Certificate> chain() {
    return chain;
  }

  public String keyId() {
    return keyId;
  }

  /**
   * A signer with the algorithm the key type implies (EC → ecdsa-p256-sha256, Ed25519, RSA →
   * rsa-pss-sha512).
   */
  public Signer signer() {
    return Signer.of(privateKey, KeyIds.algorithmFor(certificate().getPublicKey()), keyId);
  }

  /** A signer on a given provider (BouncyCastle, PKCS#11). */
  public Signer signer(Provider provider) {
    return Signer.of(
        privateKey, KeyIds.algorithmFor(certificate().getPublicKey()), keyId, provider);
  }

  @Override
  public String toString() {
    return "SigningIdentity["
        + certificate().getSubjectX500Principal().getName()
        + ", keyid="
        + keyId
        + "]";
  }
}
