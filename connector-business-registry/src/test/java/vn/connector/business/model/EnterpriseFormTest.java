package vn.connector.business.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.EnterpriseCode;

class EnterpriseFormTest {

  @Test
  void mapsEveryStableKeyEvenWhenTheRegistryLeftFieldsOut() {
    Enterprise bare =
        new Enterprise(
            EnterpriseCode.parse("3100400279"),
            "Doanh nghiệp Tư nhân Kim Phát",
            null,
            null,
            new EnterpriseStatus(EnterpriseStatus.Kind.ACTIVE, "1", "Đang hoạt động"),
            null,
            null,
            null,
            0,
            null,
            List.of(),
            List.of());

    assertThat(EnterpriseForm.of(bare).asMap())
        .containsOnlyKeys(
            EnterpriseForm.CODE,
            EnterpriseForm.NAME,
            EnterpriseForm.SHORT_NAME,
            EnterpriseForm.FOREIGN_NAME,
            EnterpriseForm.LEGAL_FORM,
            EnterpriseForm.STATUS,
            EnterpriseForm.FOUNDING_DATE,
            EnterpriseForm.ADDRESS,
            EnterpriseForm.REPRESENTATIVE,
            EnterpriseForm.MAIN_LINE_CODE,
            EnterpriseForm.MAIN_LINE_NAME)
        .containsEntry("enterprise.code", "3100400279")
        .containsEntry("enterprise.representative", "")
        .containsEntry("enterprise.mainBusinessLine.code", "");
  }

  @Test
  void takesFirstLineWhenNoneIsFlaggedMain() {
    Enterprise e =
        new Enterprise(
            EnterpriseCode.parse("3100400279"),
            "A",
            null,
            null,
            new EnterpriseStatus(EnterpriseStatus.Kind.ACTIVE, "1", null),
            null,
            null,
            null,
            0,
            null,
            List.of(),
            List.of(
                new BusinessLine("4773", "Bán lẻ", false),
                new BusinessLine("4690", "Bán buôn", false)));

    assertThat(EnterpriseForm.of(e).mainBusinessLine().vsicCode()).isEqualTo("4773");
  }
}
