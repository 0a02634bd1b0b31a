package vn.connector.outbox;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The W3C {@code traceparent} an {@link OutboxObserver} gives at enqueue, checked before it is
 * stored.
 */
final class TraceParents {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** W3C Trace Context, section 3.2: version, trace id, parent id, flags, in lower-case hex. */
  private static final Pattern FORM =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  private TraceParents() {}

  /** The current trace parent, or null when there is none or it is not in the W3C form. */
  static String current(OutboxObserver observer) {
    Optional<String> value;
    try {
      value = observer.traceParent();
    } catch (RuntimeException e) {
      LOG.warn(
          "outbox: the observer threw {}; item enqueued without trace", e.getClass().getName());
      return null;
    }
    if (value == null || value.isEmpty()) {
      return null;
    }
    return FORM.matcher(value.get()).matches() ? value.get() : null;
  }
}
