package vn.connector.testkit.civilregistry;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interlinked service's dossiers, acknowledgements, received statuses and scripted answers.
 * Thread-safe (one lock).
 */
final class InterlinkedBook {

  /** One dossier waiting for the province; {@code xml} is the innermost payload. */
  record Entry(
      String id,
      int unit,
      String procedureCode,
      String module,
      String dossierCode,
      LocalDateTime receivedAt,
      String xml) {}

  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Map<String, Boolean> acknowledged = new HashMap<>();
  private final Map<String, List<Integer>> statuses = new HashMap<>();
  private final Deque<String> scriptedAnswers = new ArrayDeque<>();
  private int statusCalls;

  synchronized void add(Entry e) {
    byId.put(e.id(), e);
  }

  synchronized List<Entry> waiting() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : byId.values()) {
      if (!acknowledged.getOrDefault(e.dossierCode(), false)) {
        out.add(e);
      }
    }
    return out;
  }

  synchronized Optional<Entry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized boolean acknowledge(String dossierCode) {
    boolean known = byId.values().stream().anyMatch(e -> e.dossierCode().equals(dossierCode));
    if (known) {
      acknowledged.put(dossierCode, true);
    }
    return known;
  }

  synchronized boolean isAcknowledged(String dossierCode) {
    return acknowledged.getOrDefault(dossierCode, false);
  }

  synchronized void script(String answer, int times) {
    for (int i = 0; i < times; i++) {
      scriptedAnswers.addLast(answer);
    }
  }

  /**
   * The answer to a status update: a scripted one first; "không tồn tại" for an unknown dossier;
   * "logic xử lý không hợp lệ" for a change after the dossier was closed (5 or 6); else recorded.
   */
  synchronized String status(String dossierCode, int state) {
    statusCalls++;
    String scripted = scriptedAnswers.pollFirst();
    if (scripted != null) {
      return scripted;
    }
    if (byId.values().stream().noneMatch(e -> e.dossierCode().equals(dossierCode))) {
      return "Hồ sơ không tồn tại trên hệ thống";
    }
    List<Integer> list = statuses.computeIfAbsent(dossierCode, k -> new ArrayList<>());
    if (list.contains(state)) {
      return "Cập nhật trạng thái thành công";
    }
    if (!list.isEmpty() && (list.contains(5) || list.contains(6))) {
      return "Logic xử lý không hợp lệ: hồ sơ đã kết thúc";
    }
    list.add(state);
    return "Cập nhật trạng thái thành công";
  }

  synchronized List<Integer> statuses(String dossierCode) {
    return List.copyOf(statuses.getOrDefault(dossierCode, List.of()));
  }

  synchronized int statusCalls() {
    return statusCalls;
  }

  synchronized void clearScripts() {
    scriptedAnswers.clear();
  }
}
