package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Text;

class TextTest {

  /** The characters Text.toNfc passes without asking the JDK's normaliser. */
  private static final char[] PLAINLY_NFC = plainlyNfc();

  private static char[] plainlyNfc() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      b.append(c);
    }
    for (char c = 0x1E00; c <= 0x1EFF; c++) {
      b.append(c);
    }
    return b.toString().toCharArray();
  }

  @Test
  void everyCharacterAndEveryPairTheFastPathPassesIsNfcByTheJdk() {
    char[] pair = new char[2];
    for (char first : PLAINLY_NFC) {
      pair[0] = first;
      for (char second : PLAINLY_NFC) {
        pair[1] = second;
        String s = new String(pair);
        if (!java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)) {
          throw new AssertionError("not NFC: U+%04X U+%04X".formatted((int) first, (int) second));
        }
      }
    }
  }

  @Test
  void nfcTextIsReturnedAsItIsAndDecomposedTextIsComposed() {
    String composed = "Nguyễn Thị Ánh Tuyết, phường Đống Đa";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);

    assertThat(Text.toNfc(composed)).isSameAs(composed);
    assertThat(Text.toNfc(decomposed)).isEqualTo(composed);
    assertThat(Text.toNfc("Ω ångström")).isEqualTo("Ω ångström"); // outside the fast path
    assertThat(Text.toNfc("\u2126")).isEqualTo("\u03A9"); // the ohm sign is not NFC
  }

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
  void aTypedTextLosesItsNoBreakSpacesAsTheConnectorsRegexDid() {
    for (String s : SPACED) {
      String old =
          java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
              .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
              .strip();
      assertThat(Text.nfcTyped(s)).as(s).isEqualTo(old);
    }
    assertThat(Text.nfcTyped("Nguye\u0302\u0303n\u00A0\u00A0Va\u0306n")).isEqualTo("Nguyễn Văn");
    assertThat(Text.nfcTyped(null)).isNull();
  }

  @Test
  void anEmailAddressHasOneAtSignADottedDomainAndNoSpaces() {
    assertThat(Text.isEmailAddress("an.nguyen@hanoi.gov.vn")).isTrue();
    assertThat(Text.isEmailAddress("a@b.c")).isTrue();
    assertThat(Text.isEmailAddress("an.nguyen@hanoi")).isFalse();
    assertThat(Text.isEmailAddress("an nguyen@hanoi.gov.vn")).isFalse();
    assertThat(Text.isEmailAddress("an@@hanoi.gov.vn")).isFalse();
    assertThat(Text.isEmailAddress("@hanoi.gov.vn")).isFalse();
    assertThat(Text.isEmailAddress("an.nguyen@hanoi.gov.vn ")).isFalse();
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
