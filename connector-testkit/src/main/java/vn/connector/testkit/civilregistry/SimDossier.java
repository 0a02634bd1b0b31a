package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One dossier the simulated registry holds. Guarded by {@link RegistryBook}'s lock. */
final class SimDossier {

  final String interlinkedCode;
  final String oneStopCode;
  final String module;
  final String unit;
  final Instant pushedAt;
  final JsonNode record;
  final int attachments;
  final List<Step> plan;
  final int serial;
  int pushes = 1;
  int polls;
  int pollsAfterFinal;
  boolean finalReported;

  SimDossier(
      String interlinkedCode,
      String oneStopCode,
      String module,
      String unit,
      Instant pushedAt,
      JsonNode record,
      int attachments,
      List<Step> plan,
      int serial) {
    this.interlinkedCode = interlinkedCode;
    this.oneStopCode = oneStopCode;
    this.module = module;
    this.unit = unit;
    this.pushedAt = pushedAt;
    this.record = record;
    this.attachments = attachments;
    this.plan = List.copyOf(plan);
    this.serial = serial;
  }

  /** The step in force at {@code now}: the last one whose time has come. */
  Step stepAt(Instant now) {
    Duration age = Duration.between(pushedAt, now);
    Step current = plan.get(0);
    for (Step s : plan) {
      if (s.after().compareTo(age) <= 0) {
        current = s;
      }
    }
    return current;
  }

  /** When the dossier reaches its final state, or null if its plan has none. */
  Instant finalAt() {
    for (Step s : plan) {
      if (s.isFinal()) {
        return pushedAt.plus(s.after());
      }
    }
    return null;
  }
}
