package vn.connector.criminalrecord.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.criminalrecord.Samples;

class DeclarationTest {

  @Test
  void buildsAValidDeclaration() {
    Declaration d = Samples.declaration().build();
    assertThat(d.copies()).isEqualTo(1);
    assertThat(d.residenceHistory()).hasSize(1);
    assertThat(d.toString()).doesNotContain("Nguyễn Văn An").doesNotContain("024090012345");
  }

  @Test
  void refusesCertificateTypeTwoByMandate() {
    assertThatThrownBy(
            () ->
                Samples.declaration()
                    .type(CertificateType.TYPE_2)
                    .mandate(Samples.mandate())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mandate:");
  }

  @Test
  void acceptsTypeOneByMandateAndTypeTwoInPerson() {
    assertThat(Samples.declaration().mandate(Samples.mandate()).build().mandate()).isNotNull();
    assertThat(Samples.declaration().type(CertificateType.TYPE_2).build().type())
        .isEqualTo(CertificateType.TYPE_2);
  }

  @Test
  void refusesAMissingCertificateType() {
    assertThatThrownBy(() -> Samples.declaration().type(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
  }

  @Test
  void refusesPartialDatesThatCannotTravelAsDayMonthYear() {
    assertThatThrownBy(
            () ->
                Samples.declaration()
                    .father(
                        new Relative(
                            PersonName.of("Nguyễn Văn Cha"), BirthDate.ofYear(1960), "", ""))
                    .build())
        .hasMessageStartingWith("father.birthDate: must be a full date (dd/MM/yyyy");
    Applicant yearOnly =
        new Applicant(
            PersonName.of("Nguyễn Văn An"),
            "",
            Gender.MALE,
            BirthDate.ofYearMonth(1990, 1),
            Samples.home(),
            false,
            Samples.paper(),
            "3106",
            "55305",
            Samples.home(),
            null,
            "",
            "");
    assertThatThrownBy(() -> Samples.declaration().applicant(yearOnly).build())
        .hasMessageStartingWith("applicant.birthDate:");
  }

  @Test
  void refusesADueDateBeforeTheDayReceived() {
    assertThatThrownBy(() -> Samples.declaration().dueOn(LocalDate.of(2024, 11, 14)).build())
        .hasMessageStartingWith("dueOn:");
  }

  @Test
  void refusesAnEmptyResidenceHistoryAndOutOfRangeCopies() {
    assertThatThrownBy(
            () ->
                new Declaration(
                    Samples.CODE,
                    LocalDate.of(2024, 11, 15),
                    RegistrationSource.ONLINE,
                    CertificateType.TYPE_1,
                    new RequestPurpose("01", "Xin việc", "", ""),
                    1,
                    false,
                    LocalDate.of(2024, 11, 25),
                    Samples.applicant("3106"),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    "",
                    List.of()))
        .hasMessageStartingWith("residenceHistory:");
    assertThatThrownBy(() -> Samples.declaration().copies(0).build())
        .hasMessageStartingWith("copies:");
  }

  @Test
  void refusesMissingIdentityFields() {
    assertThatThrownBy(
            () -> new IdentityPaper("1", "CCCD", " ", LocalDate.of(2021, 1, 1), "Cục CS"))
        .hasMessageStartingWith("number:");
    assertThatThrownBy(() -> new IdentityPaper("1", "CCCD", "024090012345", null, "Cục CS"))
        .hasMessage("issuedOn");
    assertThatThrownBy(() -> applicant(Gender.UNKNOWN, Samples.paper(), "3106", "", ""))
        .hasMessageStartingWith("gender:");
    assertThatThrownBy(() -> applicant(Gender.MALE, null, "3106", "", "")).hasMessage("paper");
    assertThatThrownBy(() -> applicant(Gender.MALE, Samples.paper(), "", "", ""))
        .hasMessageStartingWith("nationality:");
    assertThatThrownBy(() -> new Address("2", "Bắc Giang", "", "", "", "", "Số 5"))
        .hasMessageStartingWith("provinceCode:");
    assertThatThrownBy(() -> new Address("024", "Bắc Giang", "", "", "", "", "Số 5"))
        .hasMessage("provinceCode: must be 2 digits");
    assertThatThrownBy(() -> new Address("24", "Bắc Giang", "21a", "", "", "", "Số 5"))
        .hasMessage("districtCode: must be 3 digits");
    assertThatThrownBy(() -> new Address("24", "Bắc Giang", "", "", "７２１３１", "", "Số 5"))
        .as("full-width digits are not ASCII digits")
        .hasMessage("communeCode: must be 5 digits");
    assertThat(new Address("24", "Bắc Giang", "213", "", "07213", "", "Số 5").communeCode())
        .isEqualTo("07213");
  }

  @Test
  void refusesAPhoneOrEmailOfTheWrongShapeNamingTheField() {
    assertThatThrownBy(() -> applicant("09 12", "")).hasMessage("phone: must be 8-20 digits");
    assertThatThrownBy(() -> applicant("", "an@hanoi"))
        .hasMessage("email: is not an e-mail address");
    assertThat(applicant(" 0912 345 678 ", " an@hanoi.gov.vn ").email())
        .isEqualTo("an@hanoi.gov.vn");
  }

  private static Applicant applicant(String phone, String email) {
    return applicant(Gender.MALE, Samples.paper(), "3106", phone, email);
  }

  private static Applicant applicant(
      Gender gender, IdentityPaper paper, String nationality, String phone, String email) {
    return new Applicant(
        PersonName.of("Nguyễn Văn An"),
        "",
        gender,
        BirthDate.of(1990, 1, 15),
        Samples.home(),
        false,
        paper,
        nationality,
        "55305",
        Samples.home(),
        null,
        phone,
        email);
  }

  @Test
  void collapsesNoBreakSpacesInAFreeText() {
    assertThat(new RequestPurpose("01", "Xin\u00A0\u00A0 việc\u202F", "", "").name())
        .isEqualTo("Xin việc");
  }

  @Test
  void normalisesDecomposedTextToNfc() {
    String nfd = java.text.Normalizer.normalize("Xin việc", java.text.Normalizer.Form.NFD);
    assertThat(new RequestPurpose("01", nfd, "", "").name()).isEqualTo("Xin việc");
  }

  @Test
  void certificateRefusesBytesThatAreNotAPdfAndHashesThoseThatAre() {
    assertThatThrownBy(
            () ->
                new Certificate(
                    "1/2024",
                    LocalDate.of(2024, 1, 1),
                    CertificateType.TYPE_1,
                    "<html>".getBytes()))
        .hasMessageStartingWith("pdf:");
    Certificate c =
        new Certificate("1/2024", LocalDate.of(2024, 1, 1), CertificateType.TYPE_1, Samples.pdf());
    assertThat(c.sha256()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void resultReportsCarryWhatTheirStateNeeds() {
    assertThatThrownBy(
            () ->
                ResultReport.result(
                    Samples.CODE, ProcessingState.DONE, LocalDate.of(2024, 11, 25), null))
        .hasMessageStartingWith("details:");
    assertThatThrownBy(() -> ResultReport.refusal(Samples.CODE, " ", LocalDate.of(2024, 11, 25)))
        .hasMessageStartingWith("refusalReason:");
  }
}
