package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ValuesRefusedAtTheDoorTest {

  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void refusesBirthDateLaterThanTodayInTheSameYear() {
    LocalDate tomorrow = TODAY.plusDays(1);
    assertThatThrownBy(() -> BirthDate.of(tomorrow))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate: lies in the future");
    LocalDate nextMonth = TODAY.plusMonths(1);
    assertThatThrownBy(() -> BirthDate.ofYearMonth(nextMonth.getYear(), nextMonth.getMonthValue()))
        .hasMessageStartingWith("birthDate:");
    assertThat(BirthDate.of(TODAY).year()).isEqualTo(TODAY.getYear());
  }

  @Test
  void refusesDossierCodeWhoseUnitIsNotAnAgencyCode() {
    assertThatThrownBy(() -> DossierCode.parse("abc-241115-0001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dossierCode: the unit part");
    assertThatThrownBy(() -> DossierCode.parse("x\ny-241115-0001"))
        .hasMessageStartingWith("dossierCode:");
    assertThat(DossierCode.parse("H56.14-241115-12345").unit()).isEqualTo("H56.14");
  }

  @Test
  void refusesDossierCodeWhoseDateDoesNotExist() {
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22-240231-0001"))
        .hasMessageStartingWith("dossierCode: the date part");
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22-230229-0001"))
        .hasMessageStartingWith("dossierCode: the date part");
    assertThat(DossierCode.parse("000.00.01.H22-240229-0001").sequence()).isEqualTo("0001");
  }

  @Test
  void refusesNameWithoutLetterOrWithLettersOfAnotherScript() {
    assertThatThrownBy(() -> PersonName.of("- . '"))
        .hasMessageStartingWith("fullName: must hold at least one letter");
    // Cyrillic "а" (U+0430) in place of the Latin "a".
    assertThatThrownBy(() -> PersonName.of("Nguyễn Văn \u0430n"))
        .hasMessageStartingWith("fullName: holds a letter of another script");
    assertThatThrownBy(() -> PersonName.of("王小明")).hasMessageStartingWith("fullName:");
    assertThat(PersonName.of("Nguyễn Thị Ánh-Dương").value()).isEqualTo("Nguyễn Thị Ánh-Dương");
  }

  @Test
  void refusesCitizenIdWithUnknownProvinceCode() {
    assertThatThrownBy(() -> CitizenId.parse("000090012345"))
        .hasMessageStartingWith("citizenId: the first 3 digits are not a province code");
    assertThatThrownBy(() -> CitizenId.parse("999090012345"))
        .hasMessageStartingWith("citizenId: the first 3 digits");
    assertThatThrownBy(() -> CitizenId.parse("003090012345"))
        .hasMessageStartingWith("citizenId: the first 3 digits");
    assertThat(CitizenId.parse("096090012345").provinceCode()).contains("096");
    assertThat(CitizenId.parse("000012345").isCmnd()).isTrue();
  }

  @Test
  void refusesCitizenIdWhoseCenturyDigitPutsTheBirthInTheFuture() {
    assertThatThrownBy(() -> CitizenId.parse("001400012345"))
        .hasMessageStartingWith(
            "citizenId: the century digit and year put the birth in the future");
    int nextYear = (TODAY.getYear() + 1) % 100;
    String id = "0012" + String.format("%02d", nextYear) + "012345";
    assertThatThrownBy(() -> CitizenId.parse(id)).hasMessageStartingWith("citizenId: the century");
    assertThat(CitizenId.parse("001215000321").impliedBirthYear()).hasValue(2015);
  }

  @Test
  void refusesEnterpriseBranchSuffix000() {
    assertThatThrownBy(() -> EnterpriseCode.parse("0100109106-000"))
        .hasMessageStartingWith("enterpriseCode: branch suffix must be 001-999");
    assertThatThrownBy(() -> EnterpriseCode.parse("0100109106000"))
        .hasMessageStartingWith("enterpriseCode: branch suffix");
    assertThat(EnterpriseCode.parse("0100109106-001").isBranch()).isTrue();
  }

  @Test
  void callContextRefusesControlAndInvisibleCharacters() {
    assertThatThrownBy(
            () ->
                CallContext.of(
                    "canbo01\n2026-12-01 SUCCESS forged",
                    "000.00.01.H22",
                    DOSSIER,
                    Purpose.PROCEDURE_HANDLING))
        .hasMessageStartingWith("officerId: contains a control or invisible character");
    assertThatThrownBy(
            () -> CallContext.of("\u200B", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING))
        .hasMessageStartingWith("officerId:");
    assertThatThrownBy(
            () ->
                CallContext.of(
                    "canbo\u202E01", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING))
        .hasMessageStartingWith("officerId: contains a control or invisible character");
  }

  @Test
  void callContextRefusesMalformedUnitCode() {
    assertThatThrownBy(
            () -> CallContext.of("canbo01", "ubnd xa", DOSSIER, Purpose.PROCEDURE_HANDLING))
        .hasMessageStartingWith("unitCode: must be an agency code");
    assertThatThrownBy(
            () -> CallContext.of("canbo01", "H22\r\n", DOSSIER, Purpose.PROCEDURE_HANDLING))
        .hasMessageStartingWith("unitCode:");
    assertThat(
            CallContext.of("canbo01", " 000.00.01.H22 ", DOSSIER, Purpose.PROCEDURE_HANDLING)
                .unitCode())
        .isEqualTo("000.00.01.H22");
  }

  @Test
  void callContextAndAuditEventMaskTheOfficerId() {
    CallContext context =
        CallContext.of("001090012345", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING);
    AuditEvent event =
        new AuditEvent(
            Instant.EPOCH,
            "population",
            "verify",
            "req-1",
            context,
            AuditEvent.Outcome.SERVICE_REFUSED,
            Duration.ofMillis(5),
            1,
            "refused 079303000123");
    assertThat(context.toString()).doesNotContain("001090012345").contains("0010******45");
    assertThat(event.toString())
        .doesNotContain("001090012345")
        .doesNotContain("079303000123")
        .contains("SERVICE_REFUSED");
  }
}
