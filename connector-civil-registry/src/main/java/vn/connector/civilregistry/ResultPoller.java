package vn.connector.civilregistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.connector.civilregistry.internal.BatchMates;
import vn.connector.civilregistry.internal.Polled;
import vn.connector.civilregistry.internal.TrackedReference;
import vn.connector.civilregistry.model.DossierState;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.outbox.Tracked;
import vn.connector.outbox.Tracker;

/**
 * The tracker's poll: one {@code LayKetQua} for the dossier due and up to {@code batchSize - 1}
 * others of its round with the same module and province; their answers wait here until the tracker
 * polls them, and are dropped after {@code keep}.
 */
final class ResultPoller implements Tracker.Poll<Polled> {

  private record Kept(Polled answer, Instant at) {}

  private final CivilRegistryClient registry;
  private final DataSource dataSource;
  private final String system;
  private final Clock clock;
  private final Duration keep;
  private final String officerId;
  private final String unitCode;
  private final RegistrationListener listener;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  ResultPoller(
      CivilRegistryClient registry,
      DataSource dataSource,
      String system,
      Clock clock,
      Duration keep,
      String officerId,
      String unitCode,
      RegistrationListener listener) {
    this.registry = registry;
    this.dataSource = dataSource;
    this.system = system;
    this.clock = clock;
    this.keep = keep;
    this.officerId = officerId;
    this.unitCode = unitCode;
    this.listener = listener;
  }

  @Override
  public Polled poll(Tracked tracked) {
    Polled answer = fresh(tracked.reference());
    if (answer == null) {
      answer = fetch(tracked);
    }
    RegistrationStatus s = answer.status();
    if (s != null
        && s.state() == DossierState.SUPPLEMENT_REQUESTED
        && !tracked.lastStatus().orElse("").equals(answer.describe())) {
      listener.supplementRequested(s);
    }
    return answer;
  }

  private Polled fresh(String reference) {
    Kept k = kept.remove(reference);
    return k != null && k.at().plus(keep).isAfter(clock.instant()) ? k.answer() : null;
  }

  private Polled fetch(Tracked tracked) {
    TrackedReference ref = TrackedReference.parse(tracked.reference());
    List<String> mates =
        BatchMates.due(
            dataSource,
            system,
            ref.group(),
            tracked.reference(),
            clock.millis(),
            registry.batchSize() - 1);
    List<DossierCode> codes = new ArrayList<>();
    codes.add(ref.oneStopCode());
    mates.forEach(m -> codes.add(TrackedReference.parse(m).oneStopCode()));
    Map<String, RegistrationStatus> byCode = new HashMap<>();
    for (RegistrationStatus s : registry.poll(context(ref), ref.kind(), ref.province(), codes)) {
      byCode.put(s.oneStopCode().value(), s);
    }
    Instant now = clock.instant();
    for (String m : mates) {
      String code = TrackedReference.parse(m).oneStopCode().value();
      kept.put(m, new Kept(new Polled(byCode.get(code)), now));
    }
    return new Polled(byCode.get(ref.oneStopCode().value()));
  }

  /** The audit context of a batch: the background account, the first dossier of the batch. */
  private CallContext context(TrackedReference ref) {
    return CallContext.of(officerId, unitCode, ref.oneStopCode(), Purpose.PROCEDURE_HANDLING);
  }
}
