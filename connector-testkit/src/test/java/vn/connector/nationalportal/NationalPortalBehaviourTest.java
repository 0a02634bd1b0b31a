package vn.connector.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.SyncOutcome;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;
import vn.connector.testkit.nationalportal.ReceivedDossier;
import vn.connector.testkit.nationalportal.ReceivedProgress;

/** The same behaviour in both wire styles. */
class NationalPortalBehaviourTest {

  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterAll
  static void stop() {
    PORTAL.close();
  }

  @BeforeEach
  void reset() {
    PORTAL.reset();
  }

  private NationalPortalClient client(PortalProfile.Style style) {
    return PORTAL.clientBuilder(style).sleeper(sleeper).build();
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void createsADossierThenTurnsTheNextVersionIntoAnUpdate(PortalProfile.Style style) {
    try (NationalPortalClient client = client(style)) {
      SyncOutcome first = client.sync(Dossiers.received(1));
      SyncOutcome second = client.sync(Dossiers.received(1).withStatus(DossierStatus.IN_PROGRESS));

      assertThat(first).isEqualTo(SyncOutcome.CREATED);
      assertThat(second).isEqualTo(SyncOutcome.UPDATED);
    }
    assertThat(PORTAL.versions(Dossiers.code(1).value()))
        .extracting(ReceivedDossier::status, ReceivedDossier::update)
        .containsExactly(tuple("2", false), tuple("4", true));
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void sendsTheContractFieldsAsStrings(PortalProfile.Style style) {
    try (NationalPortalClient client = client(style)) {
      client.sync(Dossiers.received(2));
    }
    ReceivedDossier v = PORTAL.versions(Dossiers.code(2).value()).get(0);
    assertThat(v.field("MaTTHC")).isEqualTo("1.001193");
    assertThat(v.field("NgayTiepNhan")).isEqualTo("20241115084000");
    assertThat(v.field("LoaiDoiTuong")).isEqualTo("1");
    assertThat(v.json()).contains("\"MaDoiTuong\":null");
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void sendsProgressInChunksOfTenInOrder(PortalProfile.Style style) {
    List<ProgressEntry> steps = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      steps.add(Dossiers.step(3, i));
    }
    try (NationalPortalClient client = client(style)) {
      client.sync(Dossiers.received(3));
      PORTAL.wireMock().resetRequests();
      client.progress(steps);
    }
    assertThat(PORTAL.progress(Dossiers.code(3).value()))
        .extracting(p -> p.field("NoiDungXuLy"))
        .containsExactlyElementsOf(steps.stream().map(ProgressEntry::content).toList());
    assertThat(PORTAL.wireMock().getAllServeEvents()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void keepsTheNationalRefusalOfAnUnknownProcedure(PortalProfile.Style style) {
    try (NationalPortalClient client = client(style)) {
      assertThatThrownBy(
              () -> client.sync(Dossiers.received(4, NationalPortalSimulator.UNKNOWN_PROCEDURE)))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.nationalMessage())
                    .hasValueSatisfying(m -> assertThat(m).contains("1.999999"));
                if (style == PortalProfile.Style.ADAPTER) {
                  assertThat(e.nationalCode()).contains("4");
                  assertThat(e.hint()).isPresent();
                }
              });
    }
    assertThat(PORTAL.dossierCodes()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void retriesAServiceUnavailableAnswerAfterItsRetryAfter(PortalProfile.Style style) {
    PORTAL.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));
    try (NationalPortalClient client = client(style)) {
      assertThat(client.sync(Dossiers.received(5))).isEqualTo(SyncOutcome.CREATED);
    }
    assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(2));
    assertThat(PORTAL.versions(Dossiers.code(5).value())).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void endsWithARetryableFailureWhileThePortalIsDown(PortalProfile.Style style) {
    PORTAL.down();
    try (NationalPortalClient client = client(style)) {
      assertThatThrownBy(() -> client.sync(Dossiers.received(6)))
          .isInstanceOfSatisfying(
              vn.connector.core.ConnectorException.class,
              e -> assertThat(e.isRetryable()).isTrue());
    }
    assertThat(PORTAL.dossierCodes()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void refusesAnAnswerItCannotRead(PortalProfile.Style style) {
    PORTAL.faults().next(SimulatorFault.malformedBody());
    try (NationalPortalClient client = client(style)) {
      assertThatThrownBy(() -> client.sync(Dossiers.received(7)))
          .isInstanceOfAny(ResponseException.class, ServiceException.class)
          .satisfies(
              e -> assertThat(((vn.connector.core.ConnectorException) e).isRetryable()).isFalse());
    }
  }

  @ParameterizedTest
  @EnumSource(PortalProfile.Style.class)
  void validatesBeforeSending(PortalProfile.Style style) {
    try (NationalPortalClient client = client(style)) {
      assertThatThrownBy(() -> Dossiers.received(8).toBuilder().summary("x".repeat(1001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("summary:");
      assertThatThrownBy(() -> client.progress(java.util.Arrays.asList((ProgressEntry) null)))
          .isInstanceOf(NullPointerException.class);
    }
    assertThat(PORTAL.wireMock().getAllServeEvents()).isEmpty();
    assertThat(PORTAL.progress(Dossiers.code(8).value()))
        .extracting(ReceivedProgress::code)
        .isEmpty();
  }
}
