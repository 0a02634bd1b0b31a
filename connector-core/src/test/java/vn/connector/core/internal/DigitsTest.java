package vn.connector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void writesTheCompactWireTimeAndLeavesYearsOfOtherWidthsToTheFormatter() {
    assertThat(Digits.yyyyMMddHHmmss(java.time.LocalDateTime.of(2024, 11, 15, 15, 0, 5)))
        .isEqualTo("20241115150005");
    assertThat(Digits.yyyyMMddHHmmss(java.time.LocalDateTime.of(7, 1, 2, 3, 4, 5)))
        .isEqualTo("00070102030405");
    assertThat(Digits.yyyyMMddHHmmss(java.time.LocalDateTime.of(10_000, 1, 1, 0, 0))).isNull();
    assertThat(Digits.yyyyMMddHHmmss(java.time.LocalDateTime.of(-1, 1, 1, 0, 0))).isNull();
  }

  @Test
  void writesExactlyTheWidthWithZerosInFront() {
    for (int width = 1; width <= 9; width++) {
      int limit = (int) Math.pow(10, width);
      for (int value : new int[] {0, 1, 7, 9, 10, 99, 100, 2026, limit - 1}) {
        if (value >= limit) {
          continue;
        }
        char[] text = "xx".concat("_".repeat(width)).concat("yy").toCharArray();
        Digits.into(text, 2, value, width);
        assertThat(new String(text))
            .as("%d in %d", value, width)
            .isEqualTo("xx" + String.format("%0" + width + "d", value) + "yy");
      }
    }
  }

  @Test
  void refusesWhatDoesNotFit() {
    assertThatThrownBy(() -> Digits.into(new char[4], 0, 10_000, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value: 10000 has more than 4 digits");
    assertThatThrownBy(() -> Digits.into(new char[4], 0, -1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value: must not be negative");
  }

  @Test
  void padsToAtLeastTheWidth() {
    assertThat(Digits.pad(7, 2)).isEqualTo("07");
    assertThat(Digits.pad(2026, 2)).isEqualTo("2026");
  }

  @Test
  void readsRunsOfDigitsAndRefusesAnythingElse() {
    assertThat(Digits.all("2026-12-01", 0, 4)).isTrue();
    assertThat(Digits.all("2026-12-01", 0, 5)).isFalse();
    assertThat(Digits.all("٢٠٢٦", 0, 4)).isFalse(); // other scripts' digits are not ASCII digits
    assertThat(Digits.all("2026", 2, 2)).isFalse();
    assertThat(Digits.parse("2026-12-01", 0, 4)).isEqualTo(2026);
    assertThat(Digits.parse("2026-12-01", 8, 10)).isEqualTo(1);
  }
}
