package vn.connector.criminalrecord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;

class WireDatesTest {

  /** The formatter every date went through before the digit-by-digit writer. */
  private static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Test
  void writesEveryDayAsTheFormatterDid() {
    assertSameFrom(LocalDate.of(1850, 1, 1), LocalDate.of(2150, 12, 31));
    assertSameFrom(LocalDate.of(995, 1, 1), LocalDate.of(1001, 1, 31));
    assertSameFrom(LocalDate.of(9998, 12, 1), LocalDate.of(10001, 1, 31));
    assertSameFrom(LocalDate.of(-3, 1, 1), LocalDate.of(3, 12, 31));
    assertThat(WireDates.format(LocalDate.of(2024, 1, 5))).isEqualTo("05/01/2024");
    assertThat(WireDates.format(LocalDate.of(12345, 11, 30))).isEqualTo("30/11/+12345");
  }

  @Test
  void writesABirthDateAndNoneAsEmpty() {
    assertThat(WireDates.format(BirthDate.of(1990, 1, 15))).isEqualTo("15/01/1990");
    assertThat(WireDates.format((LocalDate) null)).isEmpty();
    assertThat(WireDates.format((BirthDate) null)).isEmpty();
  }

  private static void assertSameFrom(LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      assertThat(WireDates.format(d)).as(d.toString()).isEqualTo(FORMATTER.format(d));
    }
  }
}
