package vn.connector.postal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode;

/** A sender's or receiver's fields, checked before an order is built. */
class PartyTest {

  private static final Location HANOI =
      Location.after2025July(
          AdministrativeUnitCode.parse("01"), AdministrativeUnitCode.parse("00004"));

  @Test
  void keepsNamesInNfcWithOneSpaceAndPhonesAsDigits() {
    Party p =
        new Party(
            "  Nguye\u0302\u0303n   Va\u0306n\tAn ",
            "+84 912.345-678",
            " an@hanoi.gov.vn ",
            "12 Ngõ 34",
            HANOI);

    assertThat(p.name()).isEqualTo("Nguyễn Văn An");
    assertThat(p.phone()).isEqualTo("0912345678");
    assertThat(p.email()).isEqualTo("an@hanoi.gov.vn");
  }

  @Test
  void refusesAnEmailWithoutADottedDomainOrWithSpacesNamingTheField() {
    for (String email : new String[] {"an@hanoi", "an nguyen@hanoi.gov.vn", "an@@hanoi.gov.vn"}) {
      assertThatThrownBy(() -> new Party("Nguyễn Văn An", "0912345678", email, "12 Ngõ 34", HANOI))
          .as(email)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("email: not an e-mail address");
    }
  }

  @Test
  void refusesAPhoneOfTooFewDigits() {
    assertThatThrownBy(() -> new Party("Nguyễn Văn An", "091 234", null, "12 Ngõ 34", HANOI))
        .hasMessage("phone: must be 9-11 digits");
  }
}
