package vn.connector.nationalportal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;

class DossierTest {

  @Test
  void buildsAValidDossier() {
    Dossier d = Samples.received().build();

    assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(d.resultDelivery()).isEqualTo(ResultDelivery.AT_OFFICE);
    assertThat(d.documents()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"xa-thu-nghiem-241115-0001", "H22-241115-0001", "000.00.01.h22-241115-0001"})
  void refusesDossierCodesWithoutARealAgencyUnit(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dossier.builder(DossierCode.parse(code)).build())
        .withMessageStartingWith("dossierCode: the unit part must be an agency code");
  }

  @Test
  void refusesADossierCodeWhoseDateIsNotReal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dossier.builder(DossierCode.parse("000.00.01.H22-240230-0001")).build())
        .withMessageStartingWith("dossierCode: the date part is not a day");
  }

  @Test
  void refusesMalformedDossierCodesAtParse() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierCode.parse("000.00.01.H22-241115-12"))
        .withMessageStartingWith("dossierCode:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.001193", "1.003560.000.00.00.H22"})
  void acceptsShortAndLongProcedureCodes(String code) {
    DossierProcedure p =
        new DossierProcedure(ProcedureCode.parse(code), "Thủ tục", "G09", "Hộ tịch");

    assertThat(Samples.received().procedure(p).build().procedure().code().value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1001193", "1.00119", "1.003560.000.00.00", "TTHC-1"})
  void refusesMalformedProcedureCodes(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProcedureCode.parse(code))
        .withMessageStartingWith("procedureCode:");
  }

  static Stream<Arguments> missingFields() {
    return Stream.of(
        missing("procedure", b -> b.procedure(null)),
        missing("channel", b -> b.channel(null)),
        missing("applicant", b -> b.applicant(null)),
        missing("summary", b -> b.summary(" ")),
        missing("status", b -> b.status(null)),
        missing("dates", b -> b.dates(null)),
        missing("handlingUnit", b -> b.handlingUnit(null)),
        missing("submissionPlace", b -> b.submissionPlace("")));
  }

  private static Arguments missing(String field, UnaryOperator<DossierBuilder> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void namesTheMissingRequiredField(String field, UnaryOperator<DossierBuilder> change) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> change.apply(Samples.received()).build())
        .withMessageStartingWith(field + ": is required");
  }

  @Test
  void namesMissingFieldsOfTheParts() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new DossierProcedure(ProcedureCode.parse("1.001193"), "", "G09", "Hộ tịch"))
        .withMessageStartingWith("procedure.name: is required");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Applicant.of(null, ApplicantKind.CITIZEN))
        .withMessageStartingWith("applicant.name: is required");
  }

  @Test
  void refusesAnApplicantEmailOfTheWrongShape() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Applicant(
                    "Nguyễn Văn An",
                    ApplicantKind.CITIZEN,
                    null,
                    null,
                    java.util.List.of(),
                    "an at example.vn",
                    null,
                    null,
                    false))
        .withMessage("applicant.email: not an e-mail address");
  }

  @Test
  void carriesATechIdOnlyOnOnlineDossiers() {
    Dossier online =
        Samples.received()
            .channel(Channel.ONLINE)
            .applicant(Applicant.of("Nguyễn Văn An", ApplicantKind.CITIZEN).withTechId("tech-1"))
            .build();
    assertThat(online.applicant().techId()).isEqualTo("tech-1");

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Samples.received()
                    .channel(Channel.DIRECT)
                    .applicant(
                        Applicant.of("Nguyễn Văn An", ApplicantKind.CITIZEN).withTechId("tech-1"))
                    .build())
        .withMessageStartingWith("applicant.techId: only an on-line dossier");
  }

  @Test
  void limitsTheSummaryToAThousandCharacters() {
    assertThat(Samples.received().summary("a".repeat(1000)).build().summary()).hasSize(1000);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.received().summary("a".repeat(1001)).build())
        .withMessageStartingWith("summary: must be at most 1000 characters");
  }

  @Test
  void limitsShortTexts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.received().handlingUnit("x".repeat(256)).build())
        .withMessageStartingWith("handlingUnit: must be at most 255");
  }

  @Test
  void normalisesTextToNfc() {
    String nfd = java.text.Normalizer.normalize("Nguyễn Văn An", java.text.Normalizer.Form.NFD);

    assertThat(Applicant.of(nfd, ApplicantKind.CITIZEN).name()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void requiresTheDatesEachStateNeeds() {
    DossierDates onlySubmitted = DossierDates.submitted(Samples.SUBMITTED);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.received().dates(onlySubmitted).build())
        .withMessageStartingWith("dates.received: is required for status 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.received().status(DossierStatus.PROCESSED).build())
        .withMessageStartingWith("dates.processingEnded: is required for status 9");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Samples.received().status(DossierStatus.NOT_RECEIVED).dates(onlySubmitted).build())
        .withMessageStartingWith("dates.refused: is required for status 3");
    assertThat(Samples.received().status(DossierStatus.NEW).dates(onlySubmitted).build())
        .isNotNull();
  }

  @Test
  void refusesAPromisedDateBeforeReception() {
    Instant t = Samples.SUBMITTED;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierDates.submitted(t).receivedOn(t, t.minusSeconds(1)))
        .withMessageStartingWith("dates.due: must not be before dates.received");
  }

  @Test
  void refusesTimesTheWireFormatCannotWrite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierDates.submitted(Instant.parse("1800-01-01T00:00:00Z")))
        .withMessageStartingWith("dates.submitted: must be a yyyyMMddHHmmss time");
  }

  @Test
  void keepsTimesToTheSecond() {
    Instant t = Instant.parse("2024-11-15T01:30:00.750Z");

    assertThat(DossierDates.submitted(t).submitted()).isEqualTo("2024-11-15T01:30:00Z");
  }

  @Test
  void checksIdentityNumbersByType() {
    assertThat(new IdentityNumber("1", "001090012345").number()).isEqualTo("001090012345");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IdentityNumber("1", "12345678"))
        .withMessageStartingWith("applicant.identities.number: type 1 needs 12 digits");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IdentityNumber("2", "001090012345"))
        .withMessageStartingWith("applicant.identities.number: type 2 needs 9 digits");
  }

  @Test
  void printsPersonalDataMasked() {
    Dossier d = Samples.received().build();

    assertThat(d.toString()).doesNotContain("Nguyễn").contains("000.00.01.H22-241115-0001");
    assertThat(d.applicant().toString()).doesNotContain("Nguyễn Văn", "001090012345");
  }

  @Test
  void keepsUnknownCodesWithTheirNationalValue() {
    Channel c = Channel.fromCode("9");

    assertThat(c.kind()).isEqualTo(Channel.Kind.UNKNOWN);
    assertThat(c.code()).isEqualTo("9");
    assertThat(Channel.fromCode("2")).isEqualTo(Channel.ONLINE);
    assertThat(ApplicantKind.fromCode("2")).isEqualTo(ApplicantKind.ENTERPRISE);
    assertThat(OnlinePayment.fromCode("3").kind()).isEqualTo(OnlinePayment.Kind.UNKNOWN);
  }
}
