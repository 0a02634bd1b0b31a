package vn.connector.micrometer.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Rows done, failed and in all of named bulk runs, as gauges tagged by job and state. */
public final class BulkGauges {

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

  public BulkGauges(MeterRegistry registry) {
    this.registry = registry;
  }

  public void record(String job, long done, long failed, OptionalLong total) {
    value(job, "done").set(done);
    value(job, "failed").set(failed);
    total.ifPresent(t -> value(job, "total").set(t));
  }

  private AtomicLong value(String job, String state) {
    return values.computeIfAbsent(
        job + '\u0001' + state,
        k -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(Names.BULK_ROWS, value, AtomicLong::doubleValue)
              .description("Rows of a bulk run by state: done (failed included), failed, total")
              .tags("job", job, "state", state)
              .register(registry);
          return value;
        });
  }
}
