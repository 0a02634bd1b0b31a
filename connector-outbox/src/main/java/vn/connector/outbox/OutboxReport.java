package vn.connector.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an operator needs to know about the outbox at one instant: what waits for each system, what
 * was refused and why, how old the oldest waiting item is, and how much went out in the last hour.
 *
 * <pre>{@code
 * OutboxReport report = outbox.report();
 * System.out.println(report.format());
 * report.parked().forEach(p -> log.warn("parked {} {}: {}", p.id(), p.nationalCode(), p.text()));
 * }</pre>
 *
 * @param at when the report was taken
 * @param pendingBySystem items not yet delivered nor parked, per system
 * @param parked items parked with the national code and text, oldest first (at most 1,000)
 * @param oldestPending the age of the oldest pending item, when there is one
 * @param deliveredLastHour items delivered in the hour before {@code at}
 */
public record OutboxReport(
    Instant at,
    Map<String, Long> pendingBySystem,
    List<Parked> parked,
    Optional<Duration> oldestPending,
    long deliveredLastHour) {

  public OutboxReport {
    Objects.requireNonNull(at, "at");
    pendingBySystem = Map.copyOf(pendingBySystem);
    parked = List.copyOf(parked);
    Objects.requireNonNull(oldestPending, "oldestPending");
  }

  /** All pending items, all systems. */
  public long pending() {
    return pendingBySystem.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The report as lines of text for a console or a log; no payloads, so no personal data. */
  public String format() {
    StringBuilder out = new StringBuilder("outbox at ").append(at).append('\n');
    new TreeMap<>(pendingBySystem)
        .forEach((s, n) -> out.append("  pending ").append(s).append(": ").append(n).append('\n'));
    out.append("  oldest pending: ")
        .append(oldestPending.map(Duration::toString).orElse("none"))
        .append('\n');
    out.append("  delivered in the last hour: ").append(deliveredLastHour).append('\n');
    out.append("  parked: ").append(parked.size()).append('\n');
    for (Parked p : parked) {
      out.append("    #").append(p.id()).append(' ').append(p.system()).append(' ');
      out.append(p.key()).append(' ').append(p.type()).append(" [").append(p.nationalCode());
      out.append("] ").append(p.text()).append('\n');
    }
    return out.toString();
  }

  /**
   * One parked item.
   *
   * @param id the item's id, to {@link Outbox#replay replay} it
   * @param system the system that refused it
   * @param key its ordering key; the key's later items wait behind it
   * @param type its type
   * @param nationalCode the code the system answered
   * @param text the system's text, as it gave it
   * @param attempts how often it was tried
   * @param parkedAt when it was parked
   */
  public record Parked(
      long id,
      String system,
      String key,
      String type,
      String nationalCode,
      String text,
      int attempts,
      Instant parkedAt) {}
}
