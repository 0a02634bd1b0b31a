package vn.connector.civilregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.SamplesAccess;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;

class ModelValidationTest {

  private static final String CODE = "000.00.01.H22-261201-0001";

  @Test
  void aChildBornInTheFutureOrOfUnknownGenderIsRefused() {
    Child c = SamplesAccess.birth(CODE).child();
    assertThatThrownBy(
            () ->
                Child.of(
                    c.fullName(),
                    Gender.MALE,
                    LocalDate.now().plusDays(2),
                    c.birthPlace(),
                    c.ethnicity(),
                    c.nationality()))
        .hasMessageStartingWith("child.birthDate: lies in the future");
    assertThatThrownBy(
            () ->
                Child.of(
                    c.fullName(),
                    Gender.UNKNOWN,
                    c.birthDate(),
                    c.birthPlace(),
                    c.ethnicity(),
                    c.nationality()))
        .hasMessageStartingWith("child.gender");
  }

  @Test
  void anAddressNeedsCodesOfTheRightLevels() {
    assertThatThrownBy(() -> Address.of("01", "00001", "001", "x"))
        .hasMessageStartingWith("address.district: must be a district code");
    assertThat(Address.of("01", "00004", "Số 18 Hoàng Diệu").toString())
        .isEqualTo("Address[01/00004, ***]");
  }

  @Test
  void aMarriageNeedsItsInterlinkedCodeToBeItsOneStopCode() {
    MarriageRegistration m = SamplesAccess.marriage(CODE);
    Dossier other =
        new Dossier(
            "HSLT-1",
            DossierCode.parse(CODE),
            AdministrativeUnitCode.parse("00004"),
            Instant.parse("2026-12-01T02:00:00Z"));
    assertThatThrownBy(
            () ->
                new MarriageRegistration(
                    other,
                    m.registrationType(),
                    null,
                    null,
                    1,
                    m.husband(),
                    m.wife(),
                    m.attachments()))
        .hasMessageStartingWith("dossier.interlinkedCode: must equal dossier.oneStopCode");
  }

  @Test
  void aDossierIsRegisteredByADistrictOrACommune() {
    assertThatThrownBy(
            () ->
                new Dossier(
                    CODE,
                    DossierCode.parse(CODE),
                    AdministrativeUnitCode.parse("01"),
                    Instant.now()))
        .hasMessageStartingWith("dossier.registeringUnit");
  }

  @Test
  void aRequesterPhoneAndEmailAreChecked() {
    Requester r = SamplesAccess.birth(CODE).requester();
    assertThatThrownBy(
            () ->
                new Requester(
                    r.fullName(),
                    r.relationship(),
                    "12345",
                    null,
                    r.residenceType(),
                    r.residence(),
                    r.document()))
        .hasMessageStartingWith("requester.phone");
    assertThatThrownBy(
            () ->
                new Requester(
                    r.fullName(),
                    r.relationship(),
                    null,
                    "cuong@hanoi",
                    r.residenceType(),
                    r.residence(),
                    r.document()))
        .hasMessage("requester.email: not an e-mail address");
    assertThat(
            new Requester(
                    r.fullName(),
                    r.relationship(),
                    null,
                    " cuong@hanoi.gov.vn\u00A0",
                    r.residenceType(),
                    r.residence(),
                    r.document())
                .email())
        .isEqualTo("cuong@hanoi.gov.vn");
    assertThat(r.toString()).doesNotContain("0912345678").doesNotContain("Nguyễn Văn Cường");
  }

  @Test
  void twoAttachmentsWithOneIdAreRefused() {
    BirthRegistration b = SamplesAccess.birth(CODE);
    Attachment a = Attachment.ofBytes(1, 3, "A", "a.pdf", new byte[] {1});
    assertThatThrownBy(
            () ->
                new BirthRegistration(
                    b.dossier(),
                    b.details(),
                    b.child(),
                    b.mother(),
                    null,
                    b.requester(),
                    java.util.List.of(a, a)))
        .hasMessageStartingWith("attachments: two attachments have the same id");
  }

  @Test
  void namesPrintMasked() {
    assertThat(SamplesAccess.birth(CODE).toString())
        .doesNotContain("Nguyễn Minh An")
        .doesNotContain("001195012345");
    assertThat(PersonName.of("Trần Thị Bình").toString()).isEqualTo("T***");
  }

  @Test
  void aSupplementRequestDefaultsToSevenWorkingDaysSkippingTheWeekend() {
    StatusUpdate u =
        StatusUpdate.builder(
                ProcedureCode.parse("1.001193"),
                "HSLT-1",
                DossierCode.parse(CODE),
                InterlinkedState.SUPPLEMENT_REQUESTED,
                LocalDateTime.of(2026, 12, 4, 10, 0))
            .build();
    assertThat(u.supplementDeadline()).isEqualTo(LocalDateTime.of(2026, 12, 15, 10, 0));
    assertThatThrownBy(
            () ->
                StatusUpdate.builder(
                        ProcedureCode.parse("1.001193"),
                        "HSLT-1",
                        DossierCode.parse(CODE),
                        InterlinkedState.RESULT,
                        LocalDateTime.of(2026, 12, 4, 10, 0))
                    .result("not a pdf".getBytes(), "X")
                    .build())
        .hasMessageStartingWith("certificatePdf");
  }
}
