package vn.connector.core.security;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.security.internal.EvidenceKey;
import vn.connector.core.security.internal.NoEvidence;
import vn.connector.core.security.internal.PortalWsSecurityInterceptor;
import vn.connector.core.security.internal.SecurityConfig;
import vn.connector.core.security.internal.WsSecuritySigner;
import vn.connector.core.security.internal.WsSecurityVerifier;

/**
 * The SOAP side of the secured profile: WS-Security 1.1 X.509 signatures (chữ ký WS-Security) over
 * Body and Timestamp, on envelope bytes. Signs with the agency's identity (RSA or P-256 key:
 * rsa-sha256 / ecdsa-sha256, SHA-256 digests, exclusive c14n) and verifies the other side's
 * envelopes against pinned anchors and the other side's pinned certificates, refusing DOCTYPEs,
 * wrapped bodies, duplicate ids, stale timestamps, this side's own certificate and (provider side)
 * replayed requests. An {@code xroad:id} header, when present, is signed too, and a response must
 * echo the request's X-Road header fields with that {@code xroad:id} under its signature (the SOAP
 * counterpart of REST's {@code x-request-id} binding). Immutable and thread-safe.
 *
 * <pre>{@code
 * WsSecurityProfile wss = WsSecurityProfile.builder()
 *     .identity(SigningIdentity.fromPkcs12(Path.of("agency.p12"), password))
 *     .certificateValidator(CertificateValidator.builder().trustAnchorsPem(Path.of("national-ca.pem")).build())
 *     .peerCertificates(List.of(nationalSigningCertificate))
 *     .build();
 * HttpTransport transport = HttpTransport.builder().interceptor(wss.portalInterceptor()).build();
 * }</pre>
 */
public final class WsSecurityProfile {

  private final WsSecuritySigner signer;
  private final WsSecurityVerifier verifier;
  private final Clock clock;
  private final EvidenceKey evidenceKey;

  private WsSecurityProfile(Builder b) {
    this.signer = new WsSecuritySigner(b.identity, b.clock, b.validity);
    this.verifier =
        new WsSecurityVerifier(
            b.validator,
            b.clock,
            b.clockSkew,
            Set.copyOf(b.peers),
            b.identity.certificate(),
            b.replayStore != null ? b.replayStore : ReplayStore.inMemory());
    this.clock = b.clock;
    this.evidenceKey = b.evidenceKey;
    // Our own certificate is the one operations forget to renew; say so early.
    b.validator.warnIfExpiring(b.identity.certificate());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset from the {@code security.*} keys of {@code config}, as for {@link
   * HttpSignatureProfile#builder(ConnectorConfig)}: the other side's token travels in each message,
   * must chain to {@code security.trustAnchors} and must be one of {@code
   * security.peerCertificates}.
   */
  public static Builder builder(ConnectorConfig config) {
    SecurityConfig security = new SecurityConfig(Objects.requireNonNull(config, "config"));
    Builder builder = builder();
    builder
        .identity(security.identity())
        .certificateValidator(security.validator())
        .peerCertificates(security.peerCertificates())
        .clockSkew(security.clockSkew());
    security.evidenceKey().ifPresent(builder::evidenceKey);
    return builder;
  }

  /** The envelope with a {@code wsse:Security} header added (Timestamp, token, signature). */
  public byte[] sign(byte[] envelope) {
    return signer.sign(Objects.requireNonNull(envelope, "envelope"));
  }

  /**
   * Checks a signed request envelope (provider side); a failure names the rule, such as {@code
   * "signed element is not the processed Body"}. A signature value already accepted inside the
   * window is refused as {@code "signature replayed"}, on every node sharing the {@link
   * Builder#replayStore}.
   */
  public SignatureVerification verify(byte[] envelope) {
    return verifier.verify(Objects.requireNonNull(envelope, "envelope"), null);
  }

  /**
   * Checks a signed response envelope to {@code request} (the envelope as sent): it must copy all
   * of the request's X-Road header fields in order, with the request's {@code xroad:id} under the
   * signature, and its {@code xroad:requestHash}, when present, must be the hash of {@code
   * request}; so an answer cannot be replayed onto another call.
   */
  public SignatureVerification verifyResponse(byte[] envelope, byte[] request) {
    Objects.requireNonNull(request, "request");
    return verifier.verify(Objects.requireNonNull(envelope, "envelope"), request);
  }

  /**
   * The interceptor for core's {@code HttpTransport} on the portal side: signs each request
   * envelope, refuses a response that fails verification with a {@code SignatureException}.
   */
  public ExchangeInterceptor portalInterceptor() {
    return portalInterceptor(EvidenceListener.none());
  }

  /** As {@link #portalInterceptor()}, with an evidence record per checked response. */
  public ExchangeInterceptor portalInterceptor(EvidenceListener evidence) {
    Objects.requireNonNull(evidence, "evidence");
    return new PortalWsSecurityInterceptor(
        this, evidence, NoEvidence.keyFor(evidence, evidenceKey), clock);
  }

  /**
   * Builder; {@link #identity}, {@link #certificateValidator} and {@link #peerCertificates} are
   * required.
   */
  public static final class Builder {
    private SigningIdentity identity;
    private CertificateValidator validator;
    private final List<X509Certificate> peers = new ArrayList<>();
    private ReplayStore replayStore;
    private Clock clock = Clock.systemUTC();
    private EvidenceKey evidenceKey;
    private Duration validity = Duration.ofSeconds(300);
    private Duration clockSkew = Duration.ofSeconds(300);

    private Builder() {}

    /** The key and certificate this side signs with; the certificate travels as the token. */
    public Builder identity(SigningIdentity identity) {
      this.identity = Objects.requireNonNull(identity, "identity");
      return this;
    }

    /** Anchors (and CRL) the other side's token must chain to. */
    public Builder certificateValidator(CertificateValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The other side's signing certificates (security.peerCertificates): a token is accepted only
     * when it is one of them and chains to the anchors. This side's own certificate is refused
     * whatever is listed here.
     */
    public Builder peerCertificates(List<X509Certificate> certificates) {
      Objects.requireNonNull(certificates, "certificates")
          .forEach(c -> peers.add(Objects.requireNonNull(c, "certificate")));
      return this;
    }

    /**
     * Where accepted request signatures are remembered on the provider side (default: in memory).
     * See {@link ReplayStore} for when to share one between nodes.
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

    /** Expires minus Created of our Timestamp (default 300 s, as the contract says). */
    public Builder timestampValidity(Duration validity) {
      this.validity = Objects.requireNonNull(validity, "validity");
      return this;
    }

    /** Accepted distance of the other side's Created from this clock (default 300 s). */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
      return this;
    }

    public WsSecurityProfile build() {
      if (identity == null) {
        throw new IllegalStateException("identity is required");
      }
      if (validator == null) {
        throw new IllegalStateException("certificateValidator is required");
      }
      if (peers.isEmpty()) {
        throw new IllegalStateException(
            "peerCertificates are required (security.peerCertificates): a certificate that"
                + " merely chains to the CA may be any agency's");
      }
      return new WsSecurityProfile(this);
    }
  }
}
