package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated portal holds: every version of every dossier in arrival order, progress
 * entries, promotion notices, and the sessions it issued. Thread-safe.
 */
final class PortalBook {

  /** How long a session lives on the simulated side (modelled). */
  static final Duration SESSION_LIFE = Duration.ofMinutes(30);

  private final Clock clock;
  private final Map<String, List<ReceivedDossier>> versions = new LinkedHashMap<>();
  private final Map<String, List<ReceivedProgress>> progress = new HashMap<>();
  private final Map<String, List<ReceivedProgress>> notices = new HashMap<>();
  private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger sessionsIssued = new AtomicInteger();

  PortalBook(Clock clock) {
    this.clock = clock;
  }

  String issueSession() {
    String session = UUID.randomUUID().toString();
    sessions.put(session, clock.instant().plus(SESSION_LIFE));
    sessionsIssued.incrementAndGet();
    return session;
  }

  boolean sessionValid(String session) {
    Instant until = session == null ? null : sessions.get(session);
    return until != null && clock.instant().isBefore(until);
  }

  void expireSessions() {
    sessions.replaceAll((s, until) -> Instant.MIN);
  }

  int sessionsIssued() {
    return sessionsIssued.get();
  }

  synchronized boolean exists(String code) {
    return versions.containsKey(code);
  }

  synchronized void accept(JsonNode hoSo, boolean update) {
    String code = hoSo.get("MaHoSo").asText();
    versions
        .computeIfAbsent(code, c -> new ArrayList<>())
        .add(
            new ReceivedDossier(
                code,
                NationalChecks.text(hoSo, "TrangThaiHoSo"),
                update,
                strings(hoSo),
                hoSo.toString()));
  }

  synchronized void acceptProgress(JsonNode tienDo) {
    add(progress, tienDo, "TrangThai");
  }

  synchronized void acceptNotice(JsonNode data) {
    add(notices, data, "TrangThai");
  }

  synchronized List<ReceivedDossier> versions(String code) {
    return List.copyOf(versions.getOrDefault(code, List.of()));
  }

  synchronized JsonNode latest(String code, com.fasterxml.jackson.databind.ObjectMapper mapper) {
    List<ReceivedDossier> list = versions.get(code);
    if (list == null) {
      return null;
    }
    try {
      return mapper.readTree(list.get(list.size() - 1).json());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  synchronized List<ReceivedProgress> progress(String code) {
    return List.copyOf(progress.getOrDefault(code, List.of()));
  }

  synchronized List<ReceivedProgress> notices(String code) {
    return List.copyOf(notices.getOrDefault(code, List.of()));
  }

  synchronized int versionCount() {
    return versions.values().stream().mapToInt(List::size).sum();
  }

  synchronized List<String> dossierCodes() {
    return List.copyOf(versions.keySet());
  }

  synchronized void clear() {
    versions.clear();
    progress.clear();
    notices.clear();
  }

  private static void add(Map<String, List<ReceivedProgress>> into, JsonNode n, String status) {
    String code = n.get("MaHoSo").asText();
    into.computeIfAbsent(code, c -> new ArrayList<>())
        .add(new ReceivedProgress(code, NationalChecks.text(n, status), strings(n)));
  }

  private static Map<String, String> strings(JsonNode n) {
    Map<String, String> out = new HashMap<>();
    n.fields()
        .forEachRemaining(
            f -> {
              if (f.getValue().isTextual()) {
                out.put(f.getKey(), f.getValue().asText());
              }
            });
    return out;
  }
}
