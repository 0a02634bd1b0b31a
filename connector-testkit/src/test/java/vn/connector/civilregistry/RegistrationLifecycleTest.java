package vn.connector.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.model.Certificate;
import vn.connector.civilregistry.model.DossierState;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.Gender;
import vn.connector.core.internal.Hex;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.Tracked;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.CivilRegistrySimulator;
import vn.connector.testkit.civilregistry.SampleRegistrations;
import vn.connector.testkit.civilregistry.Step;

class RegistrationLifecycleTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
  private final CivilRegistrySimulator registry = CivilRegistrySimulator.start(clock);
  private final CivilRegistryClient client =
      registry.clientBuilder().clock(clock).sleeper(new RecordingSleeper()).build();
  private final DataSource db = Databases.h2();
  private final Outbox outbox =
      Outbox.builder().dataSource(db).clock(clock).createSchema(true).build();
  private final Map<String, RegistrationStatus> completed = new ConcurrentHashMap<>();
  private final List<RegistrationStatus> supplements = new CopyOnWriteArrayList<>();
  private final RegistrationListener listener =
      new RegistrationListener() {
        @Override
        public void completed(Connection tx, RegistrationStatus status) {
          assertThat(completed.put(status.interlinkedCode(), status)).isNull();
        }

        @Override
        public void supplementRequested(RegistrationStatus status) {
          supplements.add(status);
        }
      };

  @AfterEach
  void close() {
    client.close();
    registry.close();
  }

  private RegistrationTracker tracker() {
    return RegistrationTracker.builder(outbox, db, client)
        .officer("he-thong-mot-cua", "000.00.01.H22")
        .listener(listener)
        .clock(clock)
        .interval(Duration.ofMinutes(30))
        .build();
  }

  @Test
  void aBirthADeathAndAMarriageReachTheirFinalStateAcrossATrackerRestart() {
    Registration birth = SampleRegistrations.birth("000.00.01.H22-261201-0001");
    Registration death = SampleRegistrations.death("000.00.01.H22-261201-0002");
    Registration marriage = SampleRegistrations.marriage("000.00.01.H22-261201-0003");
    registry.plan(
        "000.00.01.H22-261201-0002",
        Step.at(Duration.ZERO, 1),
        Step.at(Duration.ofHours(1), 3),
        Step.refused(Duration.ofHours(20), "Giấy báo tử không hợp lệ"));
    RegistrationTracker first = tracker();
    for (Registration r : List.of(birth, death, marriage)) {
      client.push(Contexts.OFFICER, r);
      first.track(r);
    }

    assertThat(first.pollOnce()).isEqualTo(3);
    clock.advance(Duration.ofHours(2));
    assertThat(first.pollOnce()).isEqualTo(3);
    assertThat(first.tracked(birth).orElseThrow().lastStatus()).contains("3 IN_PROGRESS");
    first.close();

    // While no tracker runs, every dossier reaches its final state.
    clock.advance(Duration.ofHours(30));
    RegistrationTracker second = tracker();
    assertThat(second.pollOnce()).isEqualTo(3);

    assertThat(completed).hasSize(3);
    assertThat(completed.get(death.dossier().interlinkedCode()).state())
        .isEqualTo(DossierState.REFUSED);
    assertThat(completed.get(marriage.dossier().interlinkedCode()).state())
        .isEqualTo(DossierState.RESULT);
    Certificate c = completed.get(birth.dossier().interlinkedCode()).certificate();
    assertThat(c.personalId().impliedGender()).contains(Gender.MALE);
    assertThat(c.personalId().impliedBirthYear()).hasValue(2026);
    assertThat(c.book()).isEqualTo("01/2026");
    assertThat(c.evidence().sha256()).isEqualTo(Hex.sha256(c.pdf()));
    assertThat(new String(c.pdf(), 0, 5)).isEqualTo("%PDF-");
    for (Registration r : List.of(birth, death, marriage)) {
      assertThat(second.tracked(r).orElseThrow().state()).isEqualTo(Tracked.State.FINAL);
    }

    clock.advance(Duration.ofDays(2));
    assertThat(second.pollOnce()).isZero();
    for (Registration r : List.of(birth, death, marriage)) {
      String code = r.dossier().interlinkedCode();
      assertThat(registry.polls(code)).as(code).isEqualTo(3);
      assertThat(registry.pollsAfterFinal(code)).as(code).isZero();
    }
    second.close();
  }

  @Test
  void dossiersOfOneModuleAndProvinceArePolledThreeToACall() {
    RegistrationTracker tracker = tracker();
    for (int i = 1; i <= 4; i++) {
      Registration r = SampleRegistrations.birth("000.00.01.H22-261201-000" + i);
      client.push(Contexts.OFFICER, r);
      tracker.track(r);
    }
    registry.reset();

    assertThat(tracker.pollOnce()).isEqualTo(4);

    assertThat(registry.callCount()).isEqualTo(2);
    tracker.close();
  }

  @Test
  void aSupplementRequestIsSurfacedOnceWithItsDeadlineAndTrackingGoesOn() {
    Registration birth = SampleRegistrations.birth("000.00.01.H22-261201-0001");
    registry.plan(
        birth.dossier().interlinkedCode(),
        Step.at(Duration.ZERO, 1),
        Step.supplement(Duration.ofHours(1), "Bổ sung giấy chứng sinh", LocalDate.of(2026, 12, 10)),
        Step.result(Duration.ofDays(3)));
    RegistrationTracker tracker = tracker();
    client.push(Contexts.OFFICER, birth);
    tracker.track(birth);

    tracker.pollOnce();
    clock.advance(Duration.ofHours(2));
    tracker.pollOnce();
    clock.advance(Duration.ofHours(2));
    tracker.pollOnce();

    assertThat(supplements).hasSize(1);
    assertThat(supplements.get(0).supplementDeadline()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(supplements.get(0).content()).isEqualTo("Bổ sung giấy chứng sinh");
    assertThat(completed).isEmpty();
    clock.advance(Duration.ofDays(3));
    tracker.pollOnce();
    assertThat(completed).containsKey(birth.dossier().interlinkedCode());
    tracker.close();
  }

  @Test
  void aLostPollAnswerIsAskedAgainAndTheResultTakenOnce() {
    Registration birth = SampleRegistrations.birth("000.00.01.H22-261201-0001");
    RegistrationTracker tracker = tracker();
    client.push(Contexts.OFFICER, birth);
    tracker.track(birth);
    clock.advance(Duration.ofDays(2));
    registry.loseNextPollAnswers(1);

    tracker.pollOnce();

    assertThat(completed).containsKey(birth.dossier().interlinkedCode());
    assertThat(registry.polls(birth.dossier().interlinkedCode())).isEqualTo(2);
    clock.advance(Duration.ofDays(1));
    assertThat(tracker.pollOnce()).isZero();
    assertThat(registry.pollsAfterFinal(birth.dossier().interlinkedCode())).isZero();
    tracker.close();
  }
}
