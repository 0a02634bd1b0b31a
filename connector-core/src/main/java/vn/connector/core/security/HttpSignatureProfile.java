package vn.connector.core.security;

import java.security.Provider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.security.internal.EvidenceKey;
import vn.connector.core.security.internal.HttpMessageSigner;
import vn.connector.core.security.internal.HttpMessageVerifier;
import vn.connector.core.security.internal.NoEvidence;
import vn.connector.core.security.internal.PortalSignatureInterceptor;
import vn.connector.core.security.internal.SecurityConfig;

/**
 * The REST side of the secured profile (hồ sơ truyền tải an toàn): RFC 9421 HTTP Message Signatures
 * over exactly the components of the contract, with an RFC 9530 {@code Content-Digest}. One object
 * serves either side: a portal signs requests and verifies responses, a provider (or simulator)
 * verifies requests and signs responses. Immutable and thread-safe; the nonce replay store is in
 * memory unless {@link Builder#replayStore} names a shared one, so share one instance per verifying
 * endpoint (and a {@link ReplayStore#jdbc JDBC store} between nodes).
 *
 * <pre>{@code
 * HttpSignatureProfile profile = HttpSignatureProfile.builder()
 *     .signer(SigningIdentity.fromPkcs12(Path.of("agency.p12"), password).signer())
 *     .trustedKeys(TrustedKeys.builder().certificate(nationalCertificate).build())
 *     .build();
 * Map<String, String> added = profile.signRequest(MessageParts.request("POST", uri, headers, body));
 * SignatureVerification v = profile.verifyResponse(MessageParts.response(200, responseHeaders, responseBody), requestId);
 * if (!v.valid()) { ... v.failedRule() ... }
 * }</pre>
 */
public final class HttpSignatureProfile {

  private final HttpMessageSigner signing;
  private final Clock clock;
  private final EvidenceKey evidenceKey;
  private final HttpMessageVerifier verifier;

  private HttpSignatureProfile(Builder b) {
    this.signing = new HttpMessageSigner(b.signer, b.validity, b.clock, b.random);
    this.clock = b.clock;
    this.evidenceKey = b.evidenceKey;
    this.verifier =
        new HttpMessageVerifier(
            b.trustedKeys,
            b.allowed,
            b.validator,
            b.clockSkew,
            b.validity,
            b.clock,
            b.replayStore != null ? b.replayStore : ReplayStore.inMemory(b.replayCacheSize),
            b.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset from the {@code security.*} keys of {@code config}: {@code
   * security.signingPkcs12} + {@code security.signingPkcs12Password} (or {@code
   * security.signingKeyPem} + {@code security.signingChainPem}), {@code security.signingKeyId}
   * (optional, default the certificate thumbprint), {@code security.peerCertificates}, {@code
   * security.trustAnchors}, {@code security.crl} (optional), {@code security.clockSkew} (optional).
   */
  public static Builder builder(ConnectorConfig config) {
    SecurityConfig security = new SecurityConfig(Objects.requireNonNull(config, "config"));
    Builder builder = builder();
    builder
        .signer(security.identity().signer())
        .trustedKeys(security.peers())
        .certificateValidator(security.validator())
        .clockSkew(security.clockSkew());
    security.evidenceKey().ifPresent(builder::evidenceKey);
    return builder;
  }

  /** The signer this profile signs with. */
  public Signer signer() {
    return signing.signer();
  }

  /**
   * The header fields to add to {@code request}: {@code Content-Digest} (when there is a body, or a
   * {@code Content-Type} announcing one, so that an empty body is bound too), {@code
   * Signature-Input} and {@code Signature}. Fresh {@code created} and nonce on every call, so call
   * it again for each retry.
   *
   * @throws IllegalArgumentException when {@code X-Request-Id}, or {@code Content-Type} of a body,
   *     is missing
   */
  public Map<String, String> signRequest(MessageParts request) {
    requireRequest(request, true);
    return signing.signRequest(request);
  }

  /** The header fields to add to {@code response}, which must already echo {@code X-Request-Id}. */
  public Map<String, String> signResponse(MessageParts response) {
    requireRequest(response, false);
    return signing.signResponse(response);
  }

  /** Checks a request (provider side): coverage, digest, times, nonce, key, signature. */
  public SignatureVerification verifyRequest(MessageParts request) {
    requireRequest(request, true);
    return verifier.verify(request, HttpMessageSigner.requestComponents(request), null);
  }

  /** Checks a response (portal side), which must echo {@code requestId}. */
  public SignatureVerification verifyResponse(MessageParts response, String requestId) {
    requireRequest(response, false);
    return verifier.verify(
        response, HttpMessageSigner.RESPONSE, Objects.requireNonNull(requestId, "requestId"));
  }

  /**
   * The interceptor for core's {@code HttpTransport} on the portal side: adds {@code X-Request-Id}
   * (the call's request id) when missing, signs every attempt afresh, and refuses any response that
   * fails verification with a {@code SignatureException} naming the rule. Unsigned 401/403/429/502/
   * 503/504 answers (made by gateways) pass to core's retry logic; none of their data reaches the
   * caller.
   */
  public ExchangeInterceptor portalInterceptor() {
    return portalInterceptor(EvidenceListener.none());
  }

  /**
   * As {@link #portalInterceptor()}, handing an {@link EvidenceRecord} for each checked response to
   * {@code evidence}.
   */
  public ExchangeInterceptor portalInterceptor(EvidenceListener evidence) {
    Objects.requireNonNull(evidence, "evidence");
    return new PortalSignatureInterceptor(
        this, evidence, NoEvidence.keyFor(evidence, evidenceKey), clock);
  }

  private static void requireRequest(MessageParts message, boolean request) {
    if (Objects.requireNonNull(message, "message").isRequest() != request) {
      throw new IllegalArgumentException(
          "message: expected a " + (request ? "request" : "response"));
    }
  }

  /** Builder; {@link #signer} and {@link #trustedKeys} are required. */
  public static final class Builder {
    private Signer signer;
    private TrustedKeys trustedKeys;
    private Set<SignatureAlgorithm> allowed = SignatureAlgorithm.defaultAllowed();
    private CertificateValidator validator;
    private Duration clockSkew = Duration.ofSeconds(300);
    private Duration validity = Duration.ofSeconds(300);
    private int replayCacheSize = 100_000;
    private ReplayStore replayStore;
    private Clock clock = Clock.systemUTC();
    private EvidenceKey evidenceKey;
    private SecureRandom random; // null: each thread's own DRBG (internal.Randoms)
    private Provider provider;

    private Builder() {}

    /** Signs what this side sends. */
    public Builder signer(Signer signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /** The other side's keys, looked up by {@code keyid}. */
    public Builder trustedKeys(TrustedKeys trustedKeys) {
      this.trustedKeys = Objects.requireNonNull(trustedKeys, "trustedKeys");
      return this;
    }

    /**
     * Algorithms accepted from the other side (default: ecdsa-p256-sha256, ed25519,
     * rsa-pss-sha512). Add {@code HMAC_SHA256} only where both sides agreed on a shared secret.
     */
    public Builder allowedAlgorithms(Set<SignatureAlgorithm> allowed) {
      Objects.requireNonNull(allowed, "allowed");
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("allowed: must name at least one algorithm");
      }
      this.allowed = EnumSet.copyOf(allowed);
      return this;
    }

    /** Validates the other side's certificates against anchors (else only their validity dates). */
    public Builder certificateValidator(CertificateValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Accepted distance of {@code created} from this clock (default 300 s); widen it only for badly
     * synchronised peers.
     */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = positive(clockSkew, "clockSkew");
      return this;
    }

    /**
     * {@code expires - created} of signed requests (default 300 s, as the contract says). The
     * verifier refuses signatures whose {@code expires - created} exceeds this plus {@link
     * #clockSkew}, so that a long-lived signature cannot pin a nonce in the replay cache.
     */
    public Builder signatureValidity(Duration validity) {
      this.validity = positive(validity, "validity");
      return this;
    }

    /**
     * Most nonces kept for replay detection (default 100 000); size it to peak requests per window.
     */
    public Builder replayCacheSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("size: must be positive");
      }
      this.replayCacheSize = size;
      return this;
    }

    /**
     * Where accepted request nonces are remembered (default: in memory, {@link #replayCacheSize}
     * entries). Use {@link ReplayStore#jdbc} when several nodes serve the endpoint or a restart can
     * fall inside the window; see {@link ReplayStore} for which to use when.
     */
    public Builder replayStore(ReplayStore replayStore) {
      this.replayStore = Objects.requireNonNull(replayStore, "replayStore");
      return this;
    }

    /**
     * The deployment's key for evidence digests (base64 of 32 bytes or more), required to keep
     * evidence: see {@link EvidenceRecord} for why digests are keyed. Keep it as long as the
     * evidence it proves.
     */
    public Builder evidenceKey(vn.connector.core.Secret base64Key) {
      this.evidenceKey = EvidenceKey.of(base64Key);
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The generator of signature nonces (default: a strong generator of each thread's own, so that
     * signing callers do not queue on one); tests give a seeded one.
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Provider for verification (default: BouncyCastle for ECDSA, the JDK for the rest). */
    public Builder verificationProvider(Provider provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    public HttpSignatureProfile build() {
      if (signer == null) {
        throw new IllegalStateException("signer is required");
      }
      if (trustedKeys == null) {
        throw new IllegalStateException("trustedKeys are required");
      }
      if (allowed.contains(SignatureAlgorithm.HMAC_SHA256) && !trustedKeys.hasSharedSecret()) {
        throw new IllegalStateException(
            "hmac-sha256 is allowed but trustedKeys hold no shared secret");
      }
      return new HttpSignatureProfile(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive");
      }
      return value;
    }
  }
}
