package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated registry's dossiers and scripts: plans per interlinked code, refusals of the next
 * pushes, lost poll answers. Thread-safe (one lock).
 */
final class RegistryBook {

  static final List<Step> DEFAULT_PLAN =
      List.of(
          Step.at(Duration.ZERO, 1),
          Step.at(Duration.ofHours(1), 3),
          Step.result(Duration.ofHours(24)));

  private final Clock clock;
  private final Map<String, SimDossier> byInterlinked = new LinkedHashMap<>();
  private final Map<String, SimDossier> byOneStop = new HashMap<>();
  private final Map<String, List<Step>> plans = new HashMap<>();
  private final Map<String, String> pushRefusals = new HashMap<>();
  private int lostPollAnswers;
  private int serial;

  RegistryBook(Clock clock) {
    this.clock = clock;
  }

  synchronized void plan(String interlinkedCode, List<Step> steps) {
    plans.put(interlinkedCode, List.copyOf(steps));
  }

  synchronized void refusePush(String interlinkedCode, String text) {
    pushRefusals.put(interlinkedCode, text);
  }

  synchronized void loseNextPollAnswers(int n) {
    lostPollAnswers += n;
  }

  /** Whether the answer to the poll being served is to be lost (the poll still counts). */
  synchronized boolean takeLostAnswer() {
    if (lostPollAnswers > 0) {
      lostPollAnswers--;
      return true;
    }
    return false;
  }

  /** A scripted refusal text for this push, taken once. */
  synchronized Optional<String> takeRefusal(String interlinkedCode) {
    return Optional.ofNullable(pushRefusals.remove(interlinkedCode));
  }

  /** Records a push; false when the interlinked code was pushed before (counted as a repeat). */
  synchronized boolean push(
      String interlinked, String oneStop, String module, String unit, JsonNode record, int files) {
    SimDossier known = byInterlinked.get(interlinked);
    if (known != null) {
      known.pushes++;
      return false;
    }
    SimDossier d =
        new SimDossier(
            interlinked,
            oneStop,
            module,
            unit,
            clock.instant(),
            record,
            files,
            plans.getOrDefault(interlinked, DEFAULT_PLAN),
            ++serial);
    byInterlinked.put(interlinked, d);
    byOneStop.put(oneStop, d);
    return true;
  }

  /**
   * The dossiers among {@code oneStopCodes} of this module, each with its step now; counted. A
   * final state counts as reported only when the answer is {@code delivered} (not lost on the way).
   */
  synchronized List<Map.Entry<SimDossier, Step>> poll(
      List<String> oneStopCodes, String module, boolean delivered) {
    List<Map.Entry<SimDossier, Step>> out = new ArrayList<>();
    for (String code : oneStopCodes) {
      SimDossier d = byOneStop.get(code);
      if (d == null || !d.module.equals(module)) {
        continue;
      }
      d.polls++;
      if (d.finalReported) {
        d.pollsAfterFinal++;
      }
      Step step = d.stepAt(clock.instant());
      if (step.isFinal() && delivered) {
        d.finalReported = true;
      }
      out.add(Map.entry(d, step));
    }
    return out;
  }

  synchronized Optional<SimDossier> find(String interlinkedCode) {
    return Optional.ofNullable(byInterlinked.get(interlinkedCode));
  }

  synchronized int size() {
    return byInterlinked.size();
  }

  synchronized void clearScripts() {
    plans.clear();
    pushRefusals.clear();
    lostPollAnswers = 0;
  }

  Clock clock() {
    return clock;
  }
}
