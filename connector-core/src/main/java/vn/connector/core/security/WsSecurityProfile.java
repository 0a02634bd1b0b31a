package vn.connector.core.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ExchangeInterceptor;
import vn.connector.core.security.internal.PortalWsSecurityInterceptor;
import vn.connector.core.security.internal.SecurityConfig;
import vn.connector.core.security.internal.WsSecuritySigner;
import vn.connector.core.security.internal.WsSecurityVerifier;

/**
 * The SOAP side of the secured profile: WS-Security 1.1 X.509 signatures (chữ ký WS-Security) over
 * Body and Timestamp, on envelope bytes. Signs with the agency's identity (RSA or P-256 key:
 * rsa-sha256 / ecdsa-sha256, SHA-256 digests, exclusive c14n) and verifies the other side's
 * envelopes against pinned anchors, refusing DOCTYPEs, wrapped bodies, duplicate ids and stale
 * timestamps. An {@code xroad:id} header, when present, is signed too, and a response must carry
 * the request's value under its signature (the SOAP counterpart of REST's {@code x-request-id}
 * binding; the contract is silent here, so it applies only where the request has an {@code
 * xroad:id}). Immutable and thread-safe.
 *
 * <pre>{@code
 * WsSecurityProfile wss = WsSecurityProfile.builder()
 *     .identity(SigningIdentity.fromPkcs12(Path.of("agency.p12"), password))
 *     .certificateValidator(CertificateValidator.builder().trustAnchorsPem(Path.of("national-ca.pem")).build())
 *     .build();
 * HttpTransport transport = HttpTransport.builder().interceptor(wss.portalInterceptor()).build();
 * }</pre>
 */
public final class WsSecurityProfile {

  private final WsSecuritySigner signer;
  private final WsSecurityVerifier verifier;
  private final Clock clock;

  private WsSecurityProfile(Builder b) {
    this.signer = new WsSecuritySigner(b.identity, b.clock, b.validity);
    this.verifier = new WsSecurityVerifier(b.validator, b.clock, b.clockSkew);
    this.clock = b.clock;
    // Our own certificate is the one operations forget to renew; say so early.
    b.validator.warnIfExpiring(b.identity.certificate());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset from the {@code security.*} keys of {@code config} (as for {@link
   * HttpSignatureProfile#builder(ConnectorConfig)}, without {@code security.peerCertificates}: the
   * other side's token travels in each message and must chain to {@code security.trustAnchors}).
   */
  public static Builder builder(ConnectorConfig config) {
    SecurityConfig security = new SecurityConfig(Objects.requireNonNull(config, "config"));
    return builder()
        .identity(security.identity())
        .certificateValidator(security.validator())
        .clockSkew(security.clockSkew());
  }

  /** The envelope with a {@code wsse:Security} header added (Timestamp, token, signature). */
  public byte[] sign(byte[] envelope) {
    return signer.sign(Objects.requireNonNull(envelope, "envelope"));
  }

  /**
   * Checks a signed envelope; a failure names the rule, such as {@code "signed element is not the
   * processed Body"}.
   */
  public Verification verify(byte[] envelope) {
    return verifier.verify(Objects.requireNonNull(envelope, "envelope"), null);
  }

  /**
   * Checks a signed response envelope to {@code request}: when the request carried an {@code
   * xroad:id} header, the response must carry the same value under the signature, so an answer
   * cannot be replayed onto another call.
   */
  public Verification verifyResponse(byte[] envelope, byte[] request) {
    Objects.requireNonNull(request, "request");
    return verifier.verify(
        Objects.requireNonNull(envelope, "envelope"),
        WsSecurityVerifier.xroadId(request).orElse(null));
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
    return new PortalWsSecurityInterceptor(
        this, Objects.requireNonNull(evidence, "evidence"), clock);
  }

  /** Builder; {@link #identity} and {@link #certificateValidator} are required. */
  public static final class Builder {
    private SigningIdentity identity;
    private CertificateValidator validator;
    private Clock clock = Clock.systemUTC();
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
      return new WsSecurityProfile(this);
    }
  }
}
