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

  private static final String[] SPACED = {
    "",
    " ",
    "a",
    "  Nguyễn   Văn\tAn  ",
    "a\u00A0\u00A0b",
    "a \u2007 b\u202F",
    "x\r\n\fy\u000Bz",
    "no change",
    "a\u2003b",
    " lead",
    "trail ",
    "a  b  c"
  };

  @Test
  void collapsesWhiteSpaceExactlyAsTheRegexesItReplaces() {
    for (String s : SPACED) {
      assertThat(Text.nfc(s)).as(s).isEqualTo(s.replaceAll("\\s+", " ").strip());
      assertThat(PersonName.normalise(s))
          .as(s)
          .isEqualTo(s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip());
    }
  }

  @Test
  void returnsATextThatNeedsNoChangeAsItIs() {
    String text = "Công ty Cổ phần A";

    assertThat(Text.collapseSpaces(text, true)).isSameAs(text);
    assertThat(Text.toNfc(text)).isSameAs(text);
  }

  @Test
  void writesBirthDatesWithZerosInFront() {
    assertThat(BirthDate.of(1990, 1, 5)).hasToString("1990-01-05");
    assertThat(BirthDate.ofYearMonth(1990, 11)).hasToString("1990-11");
    assertThat(BirthDate.ofYear(1960)).hasToString("1960");
  }
}
