package vn.connector.business.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.connector.core.EnterpriseCode;

class EnterpriseFormToStringTest {

  @Test
  void masksRepresentativeAndAddressWhenPrinted() {
    EnterpriseForm form =
        new EnterpriseForm(
            EnterpriseCode.parse("3100400279"),
            "Hộ kinh doanh Kim Phát",
            "",
            "",
            "Hộ kinh doanh",
            new EnterpriseStatus(EnterpriseStatus.Kind.ACTIVE, "1", "Đang hoạt động"),
            LocalDate.of(2020, 1, 2),
            "Số 12 ngõ 34 Phố Huế, Hà Nội",
            "Trần Thị Bình",
            null);

    assertThat(form.toString())
        .contains("3100400279", "T***")
        .doesNotContain("Trần Thị Bình")
        .doesNotContain("Bình")
        .doesNotContain("Phố Huế")
        .doesNotContain("ngõ 34");
  }
}
