package vn.connector.testkit.criminalrecord;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.PersonName;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.model.Certificate;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.SubmitOutcome;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;

class CriminalRecordClientTest {

  private static CriminalRecordSimulator sim;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CriminalRecordClient client;

  @BeforeAll
  static void startSimulator() {
    sim = CriminalRecordSimulator.start();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void fresh() {
    sim.reset();
    client = sim.clientBuilder().sleeper(sleeper).build();
  }

  private static String code() {
    return SampleDeclarations.CODE.value();
  }

  @Test
  void submitsADeclarationTheMinistryAccepts() {
    assertThat(
            client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build()))
        .isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(sim.state(code())).isEqualTo(2);
    sim.wireMock()
        .verify(
            postRequestedFor(urlPathEqualTo("/v2/lyLichTuPhap/nhanHoSoLLTP"))
                .withRequestBody(
                    containing("\"authKey\":\"" + CriminalRecordSimulator.AUTH_KEY + "\""))
                .withRequestBody(containing("\"nycQuocTich\":\"VN\""))
                .withRequestBody(containing("\"nycDanToc\":\"01\"")));
  }

  @Test
  void aRepeatedSubmissionIsSuccessNotAnError() {
    client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build());
    assertThat(
            client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build()))
        .isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
  }

  @Test
  void anAnswerLostAfterTheMinistryStoredTheDossierIsRetriedAndReadAsReceived() {
    sim.faults().next(SimulatorFault.connectionReset());
    assertThat(
            client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build()))
        .isEqualTo(SubmitOutcome.ALREADY_RECEIVED);
    assertThat(sim.receivedCount()).isEqualTo(2);
  }

  @Test
  void waitsAsRetryAfterSaysOn503() {
    sim.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));
    assertThat(
            client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build()))
        .isEqualTo(SubmitOutcome.ACCEPTED);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(sim.receivedCount()).isEqualTo(2);
  }

  @Test
  void keepsTheMinistrysCodeOfARefusal() {
    try (CriminalRecordClient wrongProvince =
        sim.clientBuilder().province("25", "Bắc Ninh").build()) {
      assertThatThrownBy(
              () ->
                  wrongProvince.submit(
                      SampleDeclarations.context(), SampleDeclarations.declaration().build()))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.nationalCode()).contains("E_TINH");
                assertThat(e.isRetryable()).isFalse();
              });
    }
  }

  @Test
  void aWrongAuthKeyIsRefusedAndNotShown() {
    try (CriminalRecordClient wrongKey =
        sim.clientBuilder().authKey(vn.connector.core.Secret.of("not-the-key")).build()) {
      assertThatThrownBy(
              () -> wrongKey.status(SampleDeclarations.context(), SampleDeclarations.CODE))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> assertThat(e.getMessage()).doesNotContain("not-the-key"));
    }
  }

  @Test
  void aMalformedAnswerIsNeverSuccess() {
    // A submit answer that is no success phrase is the ministry saying no in words: a refusal.
    sim.faults().next(SimulatorFault.malformedBody());
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(), SampleDeclarations.declaration().build()))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.nationalCode()).isEmpty());
    sim.faults().next(SimulatorFault.truncatedBody());
    assertThatThrownBy(() -> client.status(SampleDeclarations.context(), SampleDeclarations.CODE))
        .isInstanceOf(ResponseException.class);
  }

  @Test
  void followsTheDossierToItsCertificate() throws Exception {
    client.submit(SampleDeclarations.context(), SampleDeclarations.declaration().build());
    assertThat(
            client
                .status(SampleDeclarations.context(), SampleDeclarations.CODE)
                .map(DossierStatus::state))
        .contains(ProcessingState.RECEIVED);
    sim.advance(code());
    assertThat(
            client
                .status(SampleDeclarations.context(), SampleDeclarations.CODE)
                .orElseThrow()
                .issued())
        .isEmpty();
    sim.advance(code());
    Certificate c =
        client
            .status(SampleDeclarations.context(), SampleDeclarations.CODE)
            .orElseThrow()
            .issued()
            .orElseThrow();
    assertThat(c.type()).isEqualTo(CertificateType.TYPE_1);
    assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2024, 11, 20));
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(CriminalRecordSimulator.certificateOf(code())));
    assertThat(c.sha256()).isEqualTo(expected);
  }

  @Test
  void anUnknownDossierHasNoStatus() {
    assertThat(client.status(SampleDeclarations.context(), SampleDeclarations.CODE)).isEmpty();
  }

  // Every rule is refused before anything is sent: the simulator receives nothing.

  @Test
  void refusesTypeTwoByMandateBeforeSending() {
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration()
                        .type(CertificateType.TYPE_2)
                        .mandate(SampleDeclarations.mandate())
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mandate:");
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void refusesAMissingCertificateTypeBeforeSending() {
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration().type(null).build()))
        .hasMessage("type");
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void refusesMissingIdentityFieldsBeforeSending() {
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration()
                        .applicant(
                            new vn.connector.criminalrecord.model.Applicant(
                                PersonName.of("Nguyễn Văn An"),
                                "",
                                vn.connector.core.Gender.MALE,
                                BirthDate.of(1990, 1, 15),
                                SampleDeclarations.home(),
                                false,
                                null,
                                "3106",
                                "55305",
                                SampleDeclarations.home(),
                                null,
                                "",
                                ""))
                        .build()))
        .hasMessage("paper");
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void refusesDatesThatCannotBeDayMonthYearBeforeSending() {
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration()
                        .father(
                            new Relative(
                                PersonName.of("Nguyễn Văn Cha"), BirthDate.ofYear(1960), "", ""))
                        .build()))
        .hasMessageStartingWith("father.birthDate:");
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void refusesUnmappedLocalCodesBeforeSending() {
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration()
                        .applicant(SampleDeclarations.applicant("9999"))
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("applicant.nationality: local code 9999");
    var unmappedEthnicity = SampleDeclarations.applicant("3106");
    var spoiled =
        new vn.connector.criminalrecord.model.Applicant(
            unmappedEthnicity.fullName(),
            "",
            unmappedEthnicity.gender(),
            unmappedEthnicity.birthDate(),
            unmappedEthnicity.birthPlace(),
            false,
            unmappedEthnicity.paper(),
            "3106",
            "77777",
            unmappedEthnicity.permanentResidence(),
            null,
            "",
            "");
    assertThatThrownBy(
            () ->
                client.submit(
                    SampleDeclarations.context(),
                    SampleDeclarations.declaration().applicant(spoiled).build()))
        .hasMessageStartingWith("applicant.ethnicity: local code 77777");
    assertThat(sim.receivedCount()).isZero();
  }

  @Test
  void refusesACallWithoutContextBeforeSending() {
    assertThatThrownBy(() -> client.submit(null, SampleDeclarations.declaration().build()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("context:");
    assertThatThrownBy(() -> client.status(null, SampleDeclarations.CODE))
        .hasMessageStartingWith("context:");
    assertThat(sim.receivedCount()).isZero();
  }
}
