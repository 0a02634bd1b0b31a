package vn.connector.micrometer.internal;

/** The meter names, in one place (docs/observability.md lists them with their tags). */
public final class Names {

  public static final String CALLS = "connector.calls";
  public static final String CALL_DURATION = "connector.call.duration";
  public static final String ATTEMPTS = "connector.attempts";
  public static final String RETRIES = "connector.retries";
  public static final String TOKEN_FETCHES = "connector.token.fetches";
  public static final String SIGNATURE_FAILURES = "connector.signature.failures";
  public static final String CACHE = "connector.cache.lookups";
  public static final String OUTBOX_PENDING = "connector.outbox.pending";
  public static final String OUTBOX_PARKED = "connector.outbox.parked";
  public static final String OUTBOX_OLDEST_PENDING = "connector.outbox.oldest.pending.age";
  public static final String OUTBOX_DELIVERIES = "connector.outbox.deliveries";
  public static final String OUTBOX_DELIVERED_AGE = "connector.outbox.delivered.age";
  public static final String BULK_ROWS = "connector.bulk.rows";

  private Names() {}
}
