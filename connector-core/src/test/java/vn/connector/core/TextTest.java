package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Text;

class TextTest {

  @Test
  void masksNamesDatesAndSpacedNumbersInAFreeText() {
    String gateway =
        "Không tìm thấy công dân Nguyễn Văn An, sinh 15/01/1990, CCCD 001 090 012345, Hà Nội";

    String masked = Text.maskFreeText(gateway);

    assertThat(masked)
        .doesNotContain("Nguyễn", "Văn", "An,", "1990", "012345", "Hà Nội")
        .contains("tìm thấy công dân", "N*** V*** A***", "**/**/****");
  }

  @Test
  void anExcerptDropsControlCharactersAndMasksBeforeCutting() {
    String text = "mã 001090012345\nFORGED LOG LINE " + "x".repeat(300);

    String e = Text.excerpt(text, 20);

    assertThat(e).doesNotContain("\n").startsWith("mã 0010******45").endsWith("…");
  }
}
