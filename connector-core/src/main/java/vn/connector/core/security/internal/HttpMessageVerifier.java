package vn.connector.core.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.ReplayStore;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.TrustedKeys;

/** The verifier rules of the secured profile (security.md), applied in a fixed order. */
public final class HttpMessageVerifier {

  private final TrustedKeys trustedKeys;
  private final Set<SignatureAlgorithm> allowed;
  private final CertificateValidator validator;
  private final Duration clockSkew;
  private final Duration validity;
  private final Clock clock;
  private final ReplayStore nonces;
  private final Provider provider;

  public HttpMessageVerifier(
      TrustedKeys trustedKeys,
      Set<SignatureAlgorithm> allowed,
      CertificateValidator validator,
      Duration clockSkew,
      Duration validity,
      Clock clock,
      ReplayStore nonces,
      Provider provider) {
    this.trustedKeys = trustedKeys;
    this.allowed = Set.copyOf(allowed);
    this.validator = validator;
    this.clockSkew = clockSkew;
    this.validity = validity;
    this.clock = clock;
    this.nonces = nonces;
    this.provider = provider;
  }

  /**
   * Verifies {@code message} which must cover {@code required}; a request must carry a fresh nonce
   * and expires, a response must echo {@code expectedRequestId} (null for requests). Whatever
   * {@code required} says, a body announced by a {@code Content-Digest} field or covered by the
   * signature is compared with the body received, an empty one included.
   */
  public SignatureVerification verify(
      MessageParts message, List<String> required, String expectedRequestId) {
    String input = message.header("signature-input").orElse(null);
    String value = message.header("signature").orElse(null);
    if (input == null || value == null) {
      return SignatureVerification.failed("signature missing", null, null, input, value);
    }
    String keyId = null;
    String alg = null;
    try {
      SignatureFields.Received received = SignatureFields.parse(input, value);
      keyId = received.stringParam("keyid").orElseThrow(() -> new RuleViolation("keyid missing"));
      alg = received.stringParam("alg").orElseThrow(() -> new RuleViolation("alg missing"));
      TrustedKeys.Entry key = trustedKey(keyId, alg);
      Instant forgetAfter = checkTimes(received, message.isRequest());
      checkCoverage(received, required);
      checkContent(message, received, required, expectedRequestId);
      String nonce = message.isRequest() ? nonce(received) : null;
      byte[] base = SignatureBase.of(message, received.covered()).getBytes(StandardCharsets.UTF_8);
      if (!key.verifies(base, received.signature(), provider)) {
        throw new RuleViolation("signature invalid");
      }
      if (nonce != null) {
        recordFirstUse(keyId, nonce, forgetAfter);
      }
      return SignatureVerification.passed(keyId, alg, input, value);
    } catch (RuleViolation violation) {
      return SignatureVerification.failed(violation.rule(), keyId, alg, input, value);
    } catch (RuntimeException unexpected) {
      // A verifier answers with a rule, never with an exception a caller did not expect: whatever a
      // hostile message makes a parser or provider throw, the message is refused.
      return SignatureVerification.failed("message malformed", keyId, alg, input, value);
    }
  }

  private TrustedKeys.Entry trustedKey(String keyId, String alg) {
    SignatureAlgorithm algorithm =
        SignatureAlgorithm.fromWireName(alg)
            .filter(allowed::contains)
            .orElseThrow(() -> new RuleViolation("alg not allowed: " + RuleViolation.quoted(alg)));
    TrustedKeys.Entry key =
        trustedKeys.find(keyId).orElseThrow(() -> new RuleViolation("untrusted keyid"));
    if (key.algorithm() != algorithm) {
      throw new RuleViolation("alg does not match key");
    }
    key.certificate()
        .ifPresent(
            certificate -> {
              try {
                if (validator != null) {
                  validator.validate(List.of(certificate));
                } else {
                  certificate.checkValidity(Date.from(clock.instant()));
                }
              } catch (IllegalArgumentException | CertificateException e) {
                throw new RuleViolation("certificate not trusted");
              }
            });
    return key;
  }

  /**
   * Checks created and expires; returns the last instant at which this verifier could accept the
   * message.
   */
  private Instant checkTimes(SignatureFields.Received received, boolean request) {
    long now = clock.instant().getEpochSecond();
    long skew = clockSkew.getSeconds();
    long created =
        received.longParam("created").orElseThrow(() -> new RuleViolation("created missing"));
    if (created > now + skew) {
      throw new RuleViolation("created in the future");
    }
    if (created < now - skew) {
      throw new RuleViolation("created too old");
    }
    Long expires = received.longParam("expires").orElse(null);
    if (expires == null && request) {
      throw new RuleViolation("expires missing");
    }
    if (expires != null) {
      checkExpires(created, expires, now);
    }
    // Accepted while both created + skew and expires lie ahead; the nonce is needed exactly that
    // long.
    // Times are compared in whole seconds, so a message stays acceptable until the end of its last
    // second: remember the nonce to the end of that second, or a replay inside it would pass.
    long deadline = created + skew;
    return Instant.ofEpochSecond((expires == null ? deadline : Math.min(expires, deadline)) + 1)
        .minusNanos(1);
  }

  private void checkExpires(long created, long expires, long now) {
    if (expires <= created) {
      throw new RuleViolation("expires malformed");
    }
    // security.md fixes expires = created + 300; the skew absorbs a peer signing with a longer
    // validity.
    if (expires - created > validity.getSeconds() + clockSkew.getSeconds()) {
      throw new RuleViolation("expires too far");
    }
    if (expires < now) {
      throw new RuleViolation("signature expired");
    }
  }

  private static void checkCoverage(SignatureFields.Received received, List<String> required) {
    List<String> covered = received.componentNames();
    for (String component : required) {
      if (!covered.contains(component)) {
        throw new RuleViolation("component not covered: " + component);
      }
    }
  }

  private static void checkContent(
      MessageParts message,
      SignatureFields.Received received,
      List<String> required,
      String expectedRequestId) {
    Optional<String> digest = message.header("content-digest");
    if (digest.isPresent()
        || required.contains("content-digest")
        || received.componentNames().contains("content-digest")) {
      ContentDigest.check(
          digest.orElseThrow(() -> new RuleViolation("content-digest missing")), message.body());
    }
    if (expectedRequestId != null
        && !expectedRequestId.equals(message.header("x-request-id").orElse(null))) {
      throw new RuleViolation("x-request-id does not match the request");
    }
  }

  private static String nonce(SignatureFields.Received received) {
    return received.stringParam("nonce").orElseThrow(() -> new RuleViolation("nonce missing"));
  }

  /**
   * Only a request whose signature holds is recorded, so that forged requests cannot fill the
   * store; the store's check is atomic, so a replay racing its original on another node loses.
   */
  private void recordFirstUse(String keyId, String nonce, Instant forgetAfter) {
    boolean first;
    try {
      first = nonces.firstSeen(keyId, nonce, forgetAfter, clock.instant());
    } catch (IllegalStateException e) {
      throw new RuleViolation(
          "replay cache full".equals(e.getMessage())
              ? "replay cache full"
              : "replay store unavailable");
    }
    if (!first) {
      throw new RuleViolation("nonce replayed");
    }
  }
}
