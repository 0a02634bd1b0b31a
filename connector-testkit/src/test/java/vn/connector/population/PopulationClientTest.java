package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.population.Fixtures.CONTEXT;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenField;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Household;
import vn.connector.population.model.HouseholdMember;
import vn.connector.population.model.Verification;
import vn.connector.population.model.Verification.Check;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;

@ExtendWith(PopulationSimulatorExtension.class)
class PopulationClientTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @Test
  void verifiesMatchingCitizenFieldByField(PopulationClient client) {
    Verification v = client.verify(CONTEXT, AN);

    assertThat(v).isEqualTo(new Verification(Check.MATCH, Check.MATCH, Check.MATCH, Check.MATCH));
    assertThat(v.matched()).isTrue();
  }

  @Test
  void reportsNameMismatchWhenOnlyDiacriticsDiffer(PopulationClient client) {
    Verification v =
        client.verify(
            CONTEXT, CitizenQuery.of("001090012345", "Nguyên Văn An", BirthDate.of(1990, 1, 15)));

    assertThat(v.found()).isEqualTo(Check.MATCH);
    assertThat(v.nameAndBirthDate()).isEqualTo(Check.MISMATCH);
    assertThat(v.matched()).isFalse();
  }

  @Test
  void reportsBirthDateMismatch(PopulationClient client) {
    Verification v =
        client.verify(
            CONTEXT, CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 16)));

    assertThat(v.mismatches()).containsExactly("nameAndBirthDate");
  }

  @Test
  void reportsUnknownId(PopulationClient client) {
    Verification v =
        client.verify(
            CONTEXT, CitizenQuery.of("001090099999", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)));

    assertThat(v.found()).isEqualTo(Check.MISMATCH);
    assertThat(v.matched()).isFalse();
  }

  @Test
  void reportsGenderInconsistentWithRecordAndIdDigit(PopulationClient client) {
    Verification v =
        client.verify(
            CONTEXT,
            CitizenQuery.of(
                "001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.FEMALE));

    assertThat(v.nameAndBirthDate()).isEqualTo(Check.MATCH);
    assertThat(v.genderWithRecord()).isEqualTo(Check.MISMATCH);
    assertThat(v.genderWithId()).isEqualTo(Check.MISMATCH);
    assertThat(v.matched()).isFalse();
  }

  @Test
  void matchesNameCaseInsensitivelyWithStraySpaces(PopulationClient client) {
    Verification v =
        client.verify(
            CONTEXT,
            CitizenQuery.of("001090012345", "  NGUYỄN   văn an ", BirthDate.of(1990, 1, 15)));

    assertThat(v.matched()).isTrue();
  }

  @Test
  void yearOnlyQueryMatchesRecordOfThatYear(PopulationClient client) {
    assertThat(
            client
                .verify(
                    CONTEXT, CitizenQuery.of("034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960)))
                .matched())
        .isTrue();
    assertThat(
            client
                .verify(
                    CONTEXT,
                    CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.ofYear(1990)))
                .matched())
        .isTrue();
  }

  @Test
  void verifiesPersonKnownOnlyByCmndSendingSoCmnd(
      PopulationClient client, PopulationSimulator simulator) {
    Verification v =
        client.verify(
            CONTEXT,
            CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14), Gender.MALE));

    assertThat(v.matched()).isTrue();
    assertThat(v.genderWithId()).isEqualTo(Check.NOT_CHECKED);
    String body = Fixtures.requests(simulator).get(0).getBodyAsString();
    assertThat(body).contains("SoCMND>012345678<").doesNotContain("SoDinhDanh");
  }

  @Test
  void oldCmndFindsTheSamePersonAsTheNewId(PopulationClient client) {
    Optional<Citizen> c =
        client.lookup(
            CONTEXT, CitizenQuery.of("013579246", "Lý Thị Quỳnh", BirthDate.of(1988, 8, 18)));

    assertThat(c).get().extracting(x -> x.id().value()).isEqualTo("001188009988");
  }

  @Test
  void nfdEncodedInputMatches(PopulationClient client) {
    String nfd = Normalizer.normalize("Tạ Thị Xuân", Normalizer.Form.NFD);

    Verification v =
        client.verify(
            CONTEXT,
            CitizenQuery.of("025191006802", nfd, BirthDate.of(1991, 9, 19), Gender.FEMALE));

    assertThat(v.matched()).isTrue();
  }

  @Test
  void looksUpTypedRecord(PopulationClient client) {
    Citizen c = client.lookup(CONTEXT, AN).orElseThrow();

    assertThat(c.name().full()).isEqualTo("Nguyễn Văn An");
    assertThat(c.gender()).isEqualTo(Gender.MALE);
    assertThat(c.birthDate()).isEqualTo(BirthDate.of(1990, 1, 15));
    assertThat(c.ethnicityCode()).isEqualTo("01");
    assertThat(c.permanentAddress().provinceCode()).isEqualTo("01");
    assertThat(c.spouse().id().value()).isEqualTo("001192004567");
    assertThat(c.householdBookNumber()).isEqualTo("HK-0101");
    assertThat(c.taxCode()).isEqualTo("8012345678");
    assertThat(c.toString()).doesNotContain("Nguyễn", "001090012345");
  }

  @Test
  void looksUpOnlyTheFieldsAskedFor(PopulationClient client) {
    Citizen c =
        client
            .lookup(
                CONTEXT,
                AN,
                java.util.EnumSet.of(CitizenField.NAME, CitizenField.PERMANENT_ADDRESS))
            .orElseThrow();

    assertThat(c.id().value()).isEqualTo("001090012345");
    assertThat(c.name().full()).isEqualTo("Nguyễn Văn An");
    assertThat(c.permanentAddress()).isNotNull();
    assertThat(c.birthDate()).isNull();
    assertThat(c.spouse()).isNull();
    assertThat(c.taxCode()).isNull();
    assertThat(c.gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void looksUpDeceasedPersonIgnoringUnknownElements(PopulationClient client) {
    Citizen c =
        client
            .lookup(
                CONTEXT, CitizenQuery.of("038138004455", "Ngô Thị Nga", BirthDate.of(1938, 9, 9)))
            .orElseThrow();

    assertThat(c.gender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void lookupIsEmptyWhenNothingMatches(PopulationClient client) {
    assertThat(
            client.lookup(
                CONTEXT,
                CitizenQuery.of("001090012345", "Nguyễn Văn Ba", BirthDate.of(1990, 1, 15))))
        .isEmpty();
  }

  @Test
  void listsHouseholdWithRelationsToTheHead(PopulationClient client) {
    Household h =
        client.household(
            CONTEXT,
            CitizenQuery.of("001215000321", "Nguyễn Minh Khôi", BirthDate.of(2015, 6, 20)));

    assertThat(h.members()).hasSize(4);
    assertThat(h.head())
        .get()
        .extracting(m -> m.citizen().name().full())
        .isEqualTo("Nguyễn Văn An");
    assertThat(h.members())
        .extracting(HouseholdMember::relationCode)
        .containsExactlyInAnyOrder("CH01", "CH02", "CH03", "CH03");
  }

  @Test
  void listsSecondHousehold(PopulationClient client) {
    Household h =
        client.household(
            CONTEXT, CitizenQuery.of("079145000777", "Lê Thị Em", BirthDate.of(1945, 1, 1)));

    assertThat(h.members()).hasSize(3);
    assertThat(h.head().orElseThrow().citizen().id().value()).isEqualTo("079068001122");
  }

  @Test
  void householdIsEmptyWhenCitizenNotFound(PopulationClient client) {
    assertThat(
            client
                .household(
                    CONTEXT,
                    CitizenQuery.of("001090012345", "Trần Văn An", BirthDate.of(1990, 1, 15)))
                .isEmpty())
        .isTrue();
  }
}
