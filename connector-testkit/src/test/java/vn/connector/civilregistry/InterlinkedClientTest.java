package vn.connector.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.InterlinkedDossier;
import vn.connector.civilregistry.model.InterlinkedState;
import vn.connector.civilregistry.model.InterlinkedSummary;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.StatusUpdate;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.ProcedureCode;
import vn.connector.core.ResponseException;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.civilregistry.SampleRecords;

class InterlinkedClientTest {

  private static final String BIRTH = "000.00.01.H22-261201-0101";
  private static final String DEATH = "000.00.01.H22-261201-0102";

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
  private final InterlinkedServiceSimulator dvclt = InterlinkedServiceSimulator.start(clock);
  private final InterlinkedClient client =
      dvclt.clientBuilder().clock(clock).sleeper(new RecordingSleeper()).build();

  @AfterEach
  void close() {
    client.close();
    dvclt.close();
  }

  @Test
  void listsFetchesTheTripleEncodedRecordAndAcknowledges() {
    dvclt.addDossier("101", "KS", BIRTH, SampleRecords.birth());
    dvclt.addDossier("102", "KT", DEATH, SampleRecords.death());

    List<InterlinkedSummary> waiting = client.list();
    assertThat(waiting)
        .extracting(InterlinkedSummary::kind)
        .containsExactly(RegistrationKind.BIRTH, RegistrationKind.DEATH);
    assertThat(waiting.get(0).unit().value()).isEqualTo("25747");

    InterlinkedDossier birth = client.fetch(Contexts.OFFICER, "101");
    BirthRegistration record = (BirthRegistration) birth.registration();
    assertThat(record.child().fullName().value()).isEqualTo("Đỗ Gia Bảo");
    assertThat(record.child().gender()).isEqualTo(Gender.FEMALE);
    assertThat(record.child().birthDate()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(record.child().birthPlace().district().value()).isEqualTo("001");
    assertThat(record.mother().residence().district()).isNull();
    assertThat(record.father()).isNull();
    DeathRegistration death =
        (DeathRegistration) client.fetch(Contexts.OFFICER, "102").registration();
    assertThat(death.deceased().birthDate().year()).isEqualTo(1938);

    client.acknowledge(DossierCode.parse(BIRTH));
    assertThat(dvclt.acknowledged(BIRTH)).isTrue();
    assertThat(client.list()).extracting(InterlinkedSummary::id).containsExactly("102");
    assertThat(dvclt.logins()).isEqualTo(1);
  }

  @Test
  void refusesATripleEncodedPayloadWithADoctype() {
    dvclt.addRawDossier(
        "666",
        "KS",
        BIRTH,
        "<?xml version=\"1.0\"?><!DOCTYPE hoTich [<!ENTITY x \"boom\">]><hoTich><nksHoTen>&x;"
            + "</nksHoTen></hoTich>");

    assertThatThrownBy(() -> client.fetch(Contexts.OFFICER, "666"))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("DOCTYPE refused");
  }

  @Test
  void refusesATripleEncodedPayloadWithAnExternalEntity() {
    dvclt.addRawDossier(
        "667",
        "KS",
        BIRTH,
        "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"file:///etc/passwd\"><hoTich><nksHoTen>"
            + "&xxe;</nksHoTen></hoTich>");
    dvclt.addRawDossier(
        "668", "KS", BIRTH, "<?xml version=\"1.0\"?><hoTich><nksHoTen>&xxe;</nksHoTen></hoTich>");

    assertThatThrownBy(() -> client.fetch(Contexts.OFFICER, "667"))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("DOCTYPE refused");
    assertThatThrownBy(() -> client.fetch(Contexts.OFFICER, "668"))
        .isInstanceOf(ResponseException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void renewsAnExpiredTokenWithTheRefreshTokenThenLogsInWhenThatHasExpiredToo() {
    client.list();
    dvclt.expireTokens();
    client.list();
    assertThat(dvclt.refreshes()).isEqualTo(1);
    assertThat(dvclt.logins()).isEqualTo(1);

    clock.advance(Duration.ofDays(2));
    client.list();
    assertThat(dvclt.logins()).isEqualTo(2);
  }

  @Test
  void wrongCredentialsAreRefusedWithoutRetrying() {
    InterlinkedClient wrong =
        dvclt
            .clientBuilder()
            .credentials("portal-test", vn.connector.core.Secret.of("wrong"))
            .retryPolicy(RetryPolicy.none())
            .build();
    assertThatThrownBy(wrong::list)
        .isInstanceOfSatisfying(
            ServiceException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("refused the credentials")
                    .doesNotContain("wrong"));
    wrong.close();
  }

  @Test
  void aStatusIsDoneOnSuccessRetryableOnARetryPhraseAndPermanentOnInvalidLogic() {
    dvclt.addDossier("101", "KS", BIRTH, SampleRecords.birth());
    client.pushStatus(update(InterlinkedState.RECEIVED));
    assertThat(dvclt.statuses(BIRTH)).containsExactly(1);

    dvclt.answerStatusWith("Chưa cập nhật trạng thái hồ sơ", 3);
    assertThatThrownBy(() -> client.pushStatus(update(InterlinkedState.SENT_TO_REGISTRY)))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThat(dvclt.statusCalls()).isEqualTo(4);
    dvclt.answerStatusWith("Chưa cập nhật trạng thái hồ sơ", 1);
    client.pushStatus(update(InterlinkedState.SENT_TO_REGISTRY));
    assertThat(dvclt.statusCalls()).isEqualTo(6);

    client.pushStatus(update(InterlinkedState.REFUSED));
    assertThatThrownBy(() -> client.pushStatus(update(InterlinkedState.RESULT)))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.isRetryable()).isFalse());
    assertThat(dvclt.statuses(BIRTH)).containsExactly(1, 7, 6);
  }

  @Test
  void aSupplementRequestCarriesTheDefaultDeadlineOfSevenWorkingDays() {
    dvclt.addDossier("101", "KS", BIRTH, SampleRecords.birth());
    StatusUpdate supplement = update(InterlinkedState.SUPPLEMENT_REQUESTED);

    client.pushStatus(supplement);

    // Tuesday 1 December 2026 + 7 working days = Thursday 10 December.
    assertThat(supplement.supplementDeadline()).isEqualTo(LocalDateTime.of(2026, 12, 10, 9, 0));
    assertThat(dvclt.statuses(BIRTH)).containsExactly(2);
  }

  @Test
  void aResultCarriesTheCertificateInsideKetQuaXuLy() {
    dvclt.addDossier("101", "KS", BIRTH, SampleRecords.birth());
    byte[] pdf = "%PDF-1.4 test".getBytes();
    client.pushStatus(
        StatusUpdate.builder(
                ProcedureCode.parse("1.001193"),
                BIRTH,
                DossierCode.parse(BIRTH),
                InterlinkedState.RESULT,
                LocalDateTime.of(2026, 12, 3, 9, 0))
            .result(pdf, "GKS-1")
            .build());
    assertThat(dvclt.statuses(BIRTH)).containsExactly(4);
    assertThat(Base64.getEncoder().encodeToString(pdf)).isNotEmpty();
  }

  static StatusUpdate update(InterlinkedState state) {
    return StatusUpdate.builder(
            ProcedureCode.parse("1.001193"),
            BIRTH,
            DossierCode.parse(BIRTH),
            state,
            LocalDateTime.of(2026, 12, 1, 9, 0))
        .handler("Nguyễn Văn Bảo", "Công chức tư pháp - hộ tịch", "UBND phường Ba Đình")
        .build();
  }
}
