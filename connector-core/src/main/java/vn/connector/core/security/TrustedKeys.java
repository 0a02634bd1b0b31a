package vn.connector.core.security;

import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.security.internal.KeyIds;
import vn.connector.core.security.internal.Primitives;
import vn.connector.core.security.internal.Providers;
import vn.connector.core.security.internal.SharedSecret;

/**
 * The keys of the other side that signatures are checked against (khóa công khai tin cậy), each
 * under the {@code keyid} it is looked up by. A {@code keyid} is never a file name or URL: a key
 * not configured here is untrusted. Immutable.
 *
 * <pre>{@code
 * TrustedKeys keys = TrustedKeys.builder()
 *     .certificate(nationalCertificate)              // keyid = SHA-256 thumbprint
 *     .certificate("c06-2026", otherCertificate)     // keyid given by the national side
 *     .build();
 * }</pre>
 */
public final class TrustedKeys {

  /**
   * One trusted key and the only algorithm accepted with it. A shared secret never leaves it: there
   * is no accessor for the secret, and {@link #toString()} shows only the key id and algorithm.
   */
  public static final class Entry {
    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final PublicKey publicKey;

    /**
     * The key as the default verifying provider takes it fastest ({@code Providers.translated}).
     */
    private final PublicKey verifyingKey;

    private final SharedSecret secret;
    private final X509Certificate certificate;

    private Entry(
        String keyId,
        SignatureAlgorithm algorithm,
        PublicKey publicKey,
        SharedSecret secret,
        X509Certificate certificate) {
      this.keyId = Objects.requireNonNull(keyId, "keyId");
      this.algorithm = algorithm;
      this.publicKey = publicKey;
      this.verifyingKey =
          publicKey == null || Providers.forVerification(algorithm) != Providers.bouncyCastle()
              ? publicKey
              : Providers.translated(publicKey);
      this.secret = secret;
      this.certificate = certificate;
    }

    public String keyId() {
      return keyId;
    }

    public SignatureAlgorithm algorithm() {
      return algorithm;
    }

    /** The public key; empty for a shared secret. */
    public Optional<PublicKey> publicKey() {
      return Optional.ofNullable(publicKey);
    }

    /** The certificate the key came from, if any. */
    public Optional<X509Certificate> certificate() {
      return Optional.ofNullable(certificate);
    }

    /**
     * True only when {@code signature} is a valid signature of {@code data} under this key ({@code
     * provider} null: the SDK's default); a malformed signature is false.
     */
    public boolean verifies(byte[] data, byte[] signature, Provider provider) {
      return secret != null
          ? secret.verifies(data, signature)
          : Primitives.verify(
              algorithm, provider == null ? verifyingKey : publicKey, provider, data, signature);
    }

    @Override
    public String toString() {
      return "Entry[" + keyId + ", " + algorithm.wireName() + "]";
    }
  }

  private final Map<String, Entry> entries;

  private TrustedKeys(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The entry for {@code keyId}, if trusted. */
  public Optional<Entry> find(String keyId) {
    return Optional.ofNullable(entries.get(keyId));
  }

  /** True when some entry is a shared secret ({@code hmac-sha256}). */
  public boolean hasSharedSecret() {
    return entries.values().stream().anyMatch(e -> e.algorithm() == SignatureAlgorithm.HMAC_SHA256);
  }

  /** Certificates among the entries. */
  public List<X509Certificate> certificates() {
    return entries.values().stream().flatMap(e -> e.certificate().stream()).toList();
  }

  @Override
  public String toString() {
    return "TrustedKeys" + entries.keySet();
  }

  /** Builder. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder() {}

    /** A certificate under its SHA-256 thumbprint key id. */
    public Builder certificate(X509Certificate certificate) {
      return certificate(
          KeyIds.of(Objects.requireNonNull(certificate, "certificate")), certificate);
    }

    /** A certificate under a given key id; the algorithm follows from its key type. */
    public Builder certificate(String keyId, X509Certificate certificate) {
      Objects.requireNonNull(certificate, "certificate");
      PublicKey key = certificate.getPublicKey();
      return put(new Entry(keyId, KeyIds.algorithmFor(key), key, null, certificate));
    }

    /** A bare public key (no certificate), for test vectors and pinned raw keys. */
    public Builder publicKey(String keyId, PublicKey key, SignatureAlgorithm algorithm) {
      Objects.requireNonNull(key, "key");
      if (Objects.requireNonNull(algorithm, "algorithm") == SignatureAlgorithm.HMAC_SHA256) {
        throw new IllegalArgumentException(
            "algorithm: hmac-sha256 needs sharedSecret, not a public key");
      }
      return put(new Entry(keyId, algorithm, key, null, null));
    }

    /**
     * A shared secret for {@code hmac-sha256}; the verifier must also allow that algorithm
     * explicitly. The bytes are copied: zero {@code secret} afterwards if it is yours.
     */
    public Builder sharedSecret(String keyId, byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      return put(
          new Entry(
              keyId,
              SignatureAlgorithm.HMAC_SHA256,
              null,
              new SharedSecret(secret, "secret"),
              null));
    }

    /** A shared secret held as base64 of the key bytes, as configuration usually carries it. */
    public Builder sharedSecret(String keyId, vn.connector.core.Secret base64Secret) {
      byte[] decoded;
      try {
        decoded =
            java.util.Base64.getDecoder()
                .decode(Objects.requireNonNull(base64Secret, "secret").reveal());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("secret: must be base64");
      }
      try {
        return sharedSecret(keyId, decoded);
      } finally {
        java.util.Arrays.fill(decoded, (byte) 0);
      }
    }

    private Builder put(Entry entry) {
      Objects.requireNonNull(entry.keyId(), "keyId");
      if (entries.putIfAbsent(entry.keyId(), entry) != null) {
        throw new IllegalArgumentException("keyId: configured twice: " + entry.keyId());
      }
      return this;
    }

    public TrustedKeys build() {
      if (entries.isEmpty()) {
        throw new IllegalStateException("at least one trusted key is required");
      }
      return new TrustedKeys(entries);
    }
  }
}
