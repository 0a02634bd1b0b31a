package vn.connector.springboot;

import java.util.List;

/**
 * The keys the starter itself reads (beside those of {@code ConnectorConfig}, which the connectors
 * read), in one place so that the configuration metadata test can check each is documented.
 */
final class StarterKeys {

  static final String PAYMENT_CALLBACK_PATH = "payment.callbackPath";
  static final String PAYMENT_STORE = "payment.store";
  static final String VNEID_PATH = "criminal-record.vneidPath";
  static final String VNEID_CODE_GET = "criminal-record.codeGet";
  static final String STATUS_MAPPING = "national-portal.statusMapping";
  static final String OUTBOX_ENABLED = "outbox.enabled";
  static final String OUTBOX_CREATE_SCHEMA = "outbox.createSchema";
  static final String OUTBOX_THREADS = "outbox.threads";
  static final String OUTBOX_POLL_INTERVAL = "outbox.pollInterval";
  static final String OUTBOX_PARK_AFTER = "outbox.parkAfter";
  static final String HEALTH_FAILURE_THRESHOLD = "health.failureThreshold";
  static final String METRICS_OUTBOX_INTERVAL = "metrics.outboxInterval";

  /** The default paths: those the national side is usually told, changed per portal. */
  static final String DEFAULT_PAYMENT_CALLBACK_PATH = "/connector/payment/confirm";

  static final String DEFAULT_VNEID_PATH = "/connector/criminal-record/vneid";

  static final List<String> ALL =
      List.of(
          PAYMENT_CALLBACK_PATH,
          PAYMENT_STORE,
          VNEID_PATH,
          VNEID_CODE_GET,
          STATUS_MAPPING,
          OUTBOX_ENABLED,
          OUTBOX_CREATE_SCHEMA,
          OUTBOX_THREADS,
          OUTBOX_POLL_INTERVAL,
          OUTBOX_PARK_AFTER,
          HEALTH_FAILURE_THRESHOLD,
          METRICS_OUTBOX_INTERVAL);

  private StarterKeys() {}
}
