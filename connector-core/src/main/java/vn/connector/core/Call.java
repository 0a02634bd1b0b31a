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

  /** A fresh request id: a random UUID. */
  public static String newRequestId() {
    return UUID.randomUUID().toString();
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
