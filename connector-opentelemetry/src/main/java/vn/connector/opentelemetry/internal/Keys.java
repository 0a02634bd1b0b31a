package vn.connector.opentelemetry.internal;

import io.opentelemetry.api.common.AttributeKey;

/** The span attributes, in one place (docs/observability.md lists them). */
final class Keys {

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("connector.system");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("connector.operation");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("connector.request_id");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("connector.outcome");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("connector.attempts");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("connector.attempt");
  static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("connector.retry_reason");
  static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> OUTBOX_TYPE = AttributeKey.stringKey("connector.outbox.type");

  private Keys() {}
}
