package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;

class WireDatesTest {

  /** The formatters every date went through before the digit-by-digit writer. */
  private static final DateTimeFormatter RECORD = strict("dd.MM.uuuu");

  private static final DateTimeFormatter OUTER = strict("dd/MM/uuuu HH:mm:ss");

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  @Test
  void writesEveryRecordDateAsTheFormatterDid() {
    for (int[] range : new int[][] {{1850, 2150}, {995, 1001}, {9998, 10001}, {-3, 3}}) {
      for (LocalDate d = LocalDate.of(range[0], 1, 1); d.getYear() <= range[1]; d = d.plusDays(1)) {
        assertThat(WireDates.recordDate(d)).as(d.toString()).isEqualTo(RECORD.format(d));
      }
    }
  }

  @Test
  void writesPartialBirthDatesAsStringFormatDid() {
    for (int year = 1900; year <= 2025; year++) {
      assertThat(WireDates.recordDate(BirthDate.ofYear(year)))
          .isEqualTo(String.format(Locale.ROOT, "%04d", year));
      for (int month = 1; month <= 12; month++) {
        assertThat(WireDates.recordDate(BirthDate.ofYearMonth(year, month)))
            .isEqualTo(String.format(Locale.ROOT, "%02d.%04d", month, year));
      }
    }
    assertThat(WireDates.recordDate(BirthDate.of(1995, 3, 2))).isEqualTo("02.03.1995");
    assertThat(WireDates.recordDate((BirthDate) null)).isNull();
    assertThat(WireDates.recordDate((LocalDate) null)).isNull();
  }

  @Test
  void writesTheOuterTimeInVietnamAsTheFormatterDid() {
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    for (Instant t = Instant.parse("1950-01-01T00:00:00Z");
        t.isBefore(Instant.parse("2100-01-01T00:00:00Z"));
        t = t.plusSeconds(86_413)) {
      assertThat(WireDates.outer(t)).as(t.toString()).isEqualTo(OUTER.format(t.atZone(vietnam)));
    }
    LocalDateTime late = LocalDateTime.of(10000, 1, 2, 3, 4, 5);
    assertThat(WireDates.outer(late)).isEqualTo(OUTER.format(late)).startsWith("02/01/+10000");
    assertThat(WireDates.outer(LocalDateTime.of(2026, 12, 1, 9, 0, 7)))
        .isEqualTo("01/12/2026 09:00:07");
    assertThat(WireDates.outer((LocalDateTime) null)).isNull();
  }
}
