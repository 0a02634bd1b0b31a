package vn.connector.core;

import java.util.Objects;
import java.util.UUID;

/**
 * One logical call to a national system: what is called, under which request id, for whom. The
 * request id ({@code MaYeuCau}, {@code X-Request-Id}, ...) stays the same on every retry, so the
 * national log shows one request however often it was sent.
 *
 * <pre>{@code
 * Call call = Call.builder("population", "verify")
 *     .context(context)
 *     .idempotent(true)
 *     .build();
 * }</pre>
 *
 * @param system the national system
 * @param operation the operation
 * @param requestId the request id, stable across retries
 * @param context the call context, or null for calls that read no personal data
 * @param idempotent whether sending the request twice has the effect of sending it once (reads, and
 *     writes that carry an idempotency key); only such calls are retried after a failure that may
 *     have reached the service
 */
public record Call(
    String system, String operation, String requestId, CallContext context, boolean idempotent) {

  public Call {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(requestId, "requestId");
  }

  public static Builder builder(String system, String operation) {
    return new Builder(system, operation);
  }

  /**
   * A fresh request id: a random (version 4) UUID from a strong generator. It stays unguessable
   * because the secured profile binds a signed answer to it (security.md: "a response cannot be
   * replayed onto another call"). Each thread draws from its own {@link
   * java.security.SecureRandom}: {@link UUID#randomUUID()} takes the JVM's one shared generator's
   * lock (see {@link vn.connector.core.internal.Randoms}).
   */
  public static String newRequestId() {
    byte[] bytes = new byte[16];
    vn.connector.core.internal.Randoms.fill(bytes);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xFF);
      low = (low << 8) | (bytes[i + 8] & 0xFF);
    }
    high = (high & ~0xF000L) | 0x4000L; // version 4
    low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
    return new UUID(high, low).toString();
  }

  /** Builds a {@link Call}; the request id defaults to a fresh UUID. */
  public static final class Builder {
    private final String system;
    private final String operation;
    private String requestId;
    private CallContext context;
    private boolean idempotent;

    private Builder(String system, String operation) {
      this.system = Objects.requireNonNull(system, "system");
      this.operation = Objects.requireNonNull(operation, "operation");
    }

    public Builder requestId(String requestId) {
      this.requestId = Objects.requireNonNull(requestId, "requestId");
      return this;
    }

    public Builder context(CallContext context) {
      this.context = context;
      return this;
    }

    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public Call build() {
      return new Call(
          system, operation, requestId == null ? newRequestId() : requestId, context, idempotent);
    }
  }
}
