package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void todayTurnsAtMidnightInVietnamNotInUtcAndFollowsAClockSetBack() {
    long lastMilliOfTheFirst = java.time.Instant.parse("2026-12-01T16:59:59.999Z").toEpochMilli();
    java.time.LocalDate first = java.time.LocalDate.of(2026, 12, 1);

    assertThat(Identifiers.todayAt(lastMilliOfTheFirst)).isEqualTo(first);
    assertThat(Identifiers.todayAt(lastMilliOfTheFirst + 1)).isEqualTo(first.plusDays(1));
    assertThat(Identifiers.todayAt(lastMilliOfTheFirst)).isEqualTo(first);
    assertThat(Identifiers.todayAt(lastMilliOfTheFirst - 86_400_000L))
        .isEqualTo(first.minusDays(1));
  }

  @Test
  void todayIsTheDateInVietnamAndBoundsTheBirthDatesAccepted() {
    java.time.LocalDate before = java.time.LocalDate.now(Identifiers.ZONE);
    java.time.LocalDate today = Identifiers.today();
    java.time.LocalDate after = java.time.LocalDate.now(Identifiers.ZONE);

    assertThat(today).isBetween(before, after);
    assertThat(BirthDate.of(before).day()).isEqualTo(before.getDayOfMonth());
    assertThatThrownBy(() -> BirthDate.of(after.plusDays(1)))
        .hasMessage("birthDate: lies in the future");
  }

  @Test
  void readsCenturyGenderAndYearFromTheFourthToSixthDigits() {
    CitizenId male1990 = CitizenId.parse("001090012345");
    CitizenId female2003 = CitizenId.parse("079303000123");

    assertThat(male1990.impliedGender()).contains(Gender.MALE);
    assertThat(male1990.impliedBirthYear()).hasValue(1990);
    assertThat(female2003.impliedGender()).contains(Gender.FEMALE);
    assertThat(female2003.impliedBirthYear()).hasValue(2003);
    assertThat(female2003.consistentWith(BirthDate.of(2003, 5, 1), Gender.FEMALE)).isTrue();
    assertThat(female2003.consistentWith(BirthDate.of(1903, 5, 1), Gender.FEMALE)).isFalse();
    assertThat(female2003.consistentWith(null, Gender.MALE)).isFalse();
  }

  @Test
  void acceptsNineDigitCmndWhichEncodesNothing() {
    CitizenId cmnd = CitizenId.parse("012345678");
    assertThat(cmnd.isCmnd()).isTrue();
    assertThat(cmnd.impliedGender()).isEmpty();
    assertThat(cmnd.consistentWith(BirthDate.ofYear(1960), Gender.FEMALE)).isTrue();
  }

  @Test
  void rejectsCitizenIdOfWrongLengthOrWithLettersNamingTheField() {
    assertThatThrownBy(() -> CitizenId.parse("00109001234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizenId:")
        .hasMessageContaining("12 digits");
    assertThatThrownBy(() -> CitizenId.parse("00109001234A")).hasMessageStartingWith("citizenId:");
    assertThatThrownBy(() -> CitizenId.parse(" ")).hasMessageStartingWith("citizenId:");
  }

  @Test
  void masksCitizenIdWhenPrinted() {
    assertThat(CitizenId.parse("001090012345")).hasToString("0010******45");
    assertThat(Masking.identifiersIn("không tìm thấy 001090012345 trong CSDL"))
        .isEqualTo("không tìm thấy 0010******45 trong CSDL");
  }

  @Test
  void validatesEnterpriseCheckDigitAndBranchForm() {
    assertThat(EnterpriseCode.parse("0100109106").isBranch()).isFalse();
    EnterpriseCode branch = EnterpriseCode.parse("0100109106-001");
    assertThat(branch.isBranch()).isTrue();
    assertThat(branch.headOffice()).isEqualTo(EnterpriseCode.parse("0100109106"));
    assertThat(EnterpriseCode.parse("0100109106001")).isEqualTo(branch);
    assertThatThrownBy(() -> EnterpriseCode.parse("0100109107"))
        .hasMessageStartingWith("enterpriseCode:")
        .hasMessageContaining("check digit");
  }

  @Test
  void refusesEnterpriseCodeWhoseCheckSumGivesTen() {
    // 000000000x: sum 0, 10 - 0 = 10, which the rule declares invalid whatever the 10th digit.
    for (char d = '0'; d <= '9'; d++) {
      String code = "000000000" + d;
      assertThatThrownBy(() -> EnterpriseCode.parse(code)).hasMessageContaining("check digit");
    }
  }

  @Test
  void birthDateMatchesByPrecisionOfTheQuery() {
    BirthDate record = BirthDate.of(1990, 1, 15);
    assertThat(BirthDate.ofYear(1990).matches(record)).isTrue();
    assertThat(BirthDate.ofYearMonth(1990, 1).matches(record)).isTrue();
    assertThat(BirthDate.of(1990, 1, 16).matches(record)).isFalse();
    assertThat(BirthDate.ofYear(1991).matches(record)).isFalse();
    assertThatThrownBy(() -> BirthDate.of(1990, 2, 30)).hasMessageStartingWith("birthDate:");
    assertThatThrownBy(() -> BirthDate.of(1990, 0, 3)).hasMessageStartingWith("birthDate:");
  }

  @Test
  void normalisesNamesToNfcAndComparesWithoutDroppingDiacritics() {
    String nfd = Normalizer.normalize("Nguyễn  Văn   An ", Normalizer.Form.NFD);
    PersonName name = PersonName.of(nfd);
    assertThat(name.value()).isEqualTo("Nguyễn Văn An");
    assertThat(name.matches(PersonName.of("NGUYỄN VĂN AN"))).isTrue();
    assertThat(name.matches(PersonName.of("Nguyên Văn An"))).isFalse();
    assertThat(name.toString()).doesNotContain("Văn");
    assertThatThrownBy(() -> PersonName.of("Nguyen <script>")).hasMessageStartingWith("fullName:");
  }

  @Test
  void parsesDossierProcedureAgencyAndUnitCodes() {
    DossierCode dossier = DossierCode.parse("000.00.01.H22-241115-0001");
    assertThat(dossier.unit()).isEqualTo("000.00.01.H22");
    assertThat(DossierCode.parse("H56.14-241115-12345").sequence()).isEqualTo("12345");
    assertThatThrownBy(() -> DossierCode.parse("H56.14-241115-12"))
        .hasMessageStartingWith("dossierCode:");
    assertThat(ProcedureCode.parse("1.003560.000.00.00.H56").value()).endsWith("H56");
    assertThatThrownBy(() -> ProcedureCode.parse("1.0041"))
        .hasMessageStartingWith("procedureCode:");
    assertThat(AgencyCode.parse("H56.14").value()).isEqualTo("H56.14");
    assertThat(AdministrativeUnitCode.parse("00004").level())
        .isEqualTo(AdministrativeUnitCode.Level.COMMUNE);
    assertThatThrownBy(() -> AdministrativeUnitCode.parse("0001"))
        .hasMessageStartingWith("administrativeUnitCode:");
  }

  @Test
  void moneyRefusesZeroNegativeAndFractions() {
    assertThat(Money.parse("50000")).isEqualTo(Money.vnd(50_000));
    assertThat(Money.parse("50000.00")).isEqualTo(Money.vnd(50_000));
    assertThatThrownBy(() -> Money.vnd(0)).hasMessageStartingWith("amount:");
    assertThatThrownBy(() -> Money.vnd(-1)).hasMessageStartingWith("amount:");
    assertThatThrownBy(() -> Money.parse("50000.5")).hasMessageContaining("fractions");
  }

  @Test
  void secretsNeverShowThemselves() {
    Secret s = Secret.of("s3cr3t-value");
    assertThat(s.toString()).isEqualTo("****");
    assertThat(new LgspCredentials("ak", s, "app", "p", "pc").toString()).doesNotContain("s3cr3t");
  }
}
