package vn.connector.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.nationalportal.model.PromotionNotice;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/** What only style A does: the session, lookups, notices and the catalogue. */
class NationalPortalAdapterTest {

  private static final TestClock CLOCK = TestClock.at(Instant.parse("2024-11-15T01:00:00Z"));
  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start(CLOCK);
  private static final CallContext CONTEXT =
      CallContext.of(
          "canbo.tranthibinh", "000.00.01.H22", Dossiers.code(1), Purpose.PROCEDURE_HANDLING);

  @AfterAll
  static void stop() {
    PORTAL.close();
  }

  @BeforeEach
  void reset() {
    PORTAL.reset();
  }

  private NationalPortalClientBuilder builder() {
    return PORTAL
        .clientBuilder(PortalProfile.Style.ADAPTER)
        .clock(CLOCK)
        .sleeper(new RecordingSleeper());
  }

  private long requests(String service) {
    return PORTAL.wireMock().getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(r -> r.getBodyAsString().contains("\"service\":\"" + service + "\""))
        .count();
  }

  @Test
  void logsInOnceAndPutsTheSessionInEveryBody() {
    int before = PORTAL.sessionsIssued();
    try (NationalPortalClient client = builder().build()) {
      client.sync(Dossiers.received(1));
      client.sync(Dossiers.received(2));
    }
    assertThat(PORTAL.sessionsIssued() - before).isEqualTo(1);
    assertThat(PORTAL.wireMock().getAllServeEvents())
        .filteredOn(e -> e.getRequest().getUrl().endsWith("/integration"))
        .allSatisfy(
            e ->
                assertThat(e.getRequest().getBodyAsString())
                    .startsWith("{\"session\":\"")
                    .contains("\"madonvi\":\"000.00.01.H22\""));
  }

  @Test
  void renewsAnExpiredSessionOnceAndSendsAgain() {
    try (NationalPortalClient client = builder().build()) {
      client.sync(Dossiers.received(1));
      int before = PORTAL.sessionsIssued();
      PORTAL.expireSessions();

      client.sync(Dossiers.received(1).withStatus(DossierStatus.IN_PROGRESS));

      assertThat(PORTAL.sessionsIssued() - before).isEqualTo(1);
    }
    assertThat(PORTAL.versions(Dossiers.code(1).value())).hasSize(2);
  }

  @Test
  void keepsASessionTenMinutesThenLogsInAgain() {
    try (NationalPortalClient client = builder().build()) {
      client.sync(Dossiers.received(1));
      int before = PORTAL.sessionsIssued();
      CLOCK.advance(Duration.ofMinutes(11));
      client.sync(Dossiers.received(2));
      assertThat(PORTAL.sessionsIssued() - before).isEqualTo(1);
    }
  }

  @Test
  void refusesAWrongPasswordWithAHint() {
    PortalProfile wrong =
        PortalProfile.adapter(
            PORTAL.adapterUrl(),
            PORTAL.authPath(),
            PORTAL.integrationPath(),
            NationalPortalSimulator.USERNAME,
            Secret.of("wrong"),
            NationalPortalSimulator.UNIT);
    try (NationalPortalClient client = builder().profile(wrong).build()) {
      assertThatThrownBy(() -> client.sync(Dossiers.received(1)))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.hint()).isPresent();
                assertThat(e.getMessage()).doesNotContain("wrong");
              });
    }
  }

  @Test
  void readsADossierBack() {
    try (NationalPortalClient client = builder().build()) {
      Dossier sent = Dossiers.received(1);
      client.sync(sent);

      assertThat(client.find(CONTEXT, sent.code())).contains(sent);
      assertThat(client.find(CONTEXT, Dossiers.code(99))).isEmpty();
    }
    assertThat(PORTAL.wireMock().getAllServeEvents())
        .anySatisfy(e -> assertThat(e.getRequest().getBodyAsString()).contains("\"mahoso\":"));
  }

  @Test
  void looksUpATechId() {
    try (NationalPortalClient client = builder().build()) {
      assertThat(
              client.techId(CONTEXT, CitizenId.parse(NationalPortalSimulator.CITIZEN_WITH_ACCOUNT)))
          .contains(NationalPortalSimulator.TECH_ID);
      assertThat(client.techId(CONTEXT, CitizenId.parse("001090099999"))).isEmpty();
    }
  }

  @Test
  void sendsAPromotionNotice() {
    try (NationalPortalClient client = builder().build()) {
      client.syncNotice(
          new PromotionNotice(
              Dossiers.code(1),
              "NB-0001",
              null,
              "Đã tiếp nhận",
              Dossiers.T,
              DossierStatus.SUPPLEMENT_REQUESTED,
              List.of()));
    }
    assertThat(PORTAL.notices(Dossiers.code(1).value()))
        .singleElement()
        .satisfies(n -> assertThat(n.status()).isEqualTo("5"));
  }

  @Test
  void readsTheCatalogueAndCachesIt() {
    try (NationalPortalClient client = builder().catalogueTtl(Duration.ofHours(1)).build()) {
      List<CatalogueItem> all = client.procedures();
      Procedure birth = client.procedure(ProcedureCode.parse("1.001193")).orElseThrow();
      client.procedures();
      client.procedure(ProcedureCode.parse("1.001193"));

      assertThat(all).extracting(CatalogueItem::code).contains("1.001193", "2.000986");
      assertThat(birth.fields()).extracting(CatalogueItem::code).containsExactly("G09-TP01");
      assertThat(birth.steps()).contains("Bước 1").contains("\n");
      assertThat(client.agencies()).extracting(CatalogueItem::code).contains("000.00.01.H22");
      assertThat(client.fieldsOfPractice()).hasSize(3);
      assertThat(client.publicServices()).hasSize(2);
      assertThat(requests("LayDanhSachTTHC")).isEqualTo(1);
      assertThat(requests("LayThuTuc")).isEqualTo(1);

      CLOCK.advance(Duration.ofMinutes(61));
      client.procedures();
      client.refreshCatalogue();
      client.procedures();
      assertThat(requests("LayDanhSachTTHC")).isEqualTo(3);
    }
  }

  @Test
  void answersEmptyForAProcedureNotInTheCatalogue() {
    try (NationalPortalClient client = builder().build()) {
      assertThat(client.procedure(ProcedureCode.parse(NationalPortalSimulator.UNKNOWN_PROCEDURE)))
          .isEmpty();
    }
  }

  @Test
  void refusesAnUnknownProcedureBeforeSendingWhenAskedTo() {
    try (NationalPortalClient client = builder().checkProcedures(true).build()) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> client.sync(Dossiers.received(1, NationalPortalSimulator.UNKNOWN_PROCEDURE)))
          .withMessageStartingWith(
              "procedure.code: 1.999999 is not in the national procedure catalogue");
      assertThat(client.sync(Dossiers.received(2))).isNotNull();
    }
    assertThat(requests("DongBoHoSoMC")).isEqualTo(1);
  }

  @Test
  void styleBOffersNoLookups() {
    try (NationalPortalClient client =
        PORTAL.clientBuilder(PortalProfile.Style.PLAIN_ARRAYS).build()) {
      assertThatThrownBy(client::procedures).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> client.find(CONTEXT, Dossiers.code(1)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void requiresACallContextToReadPersonalData() {
    try (NationalPortalClient client = builder().build()) {
      assertThatThrownBy(() -> client.find(null, Dossiers.code(1)))
          .isInstanceOf(NullPointerException.class)
          .hasMessageStartingWith("context:");
    }
  }
}
