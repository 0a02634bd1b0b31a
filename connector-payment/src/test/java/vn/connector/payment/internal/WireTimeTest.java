package vn.connector.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ThoiGianGD written digit by digit is what the formatter wrote, whatever the instant. */
class WireTimeTest {

  private static final DateTimeFormatter FORMATTER =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
          .withResolverStyle(ResolverStyle.STRICT)
          .withZone(WireTime.ZONE);

  @Test
  void theDigitsAreTheFormattersOverRandomInstantsOfTwoCenturies() {
    Random random = new Random(16);
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      Instant at =
          Instant.ofEpochSecond(
              from + (long) (random.nextDouble() * (to - from)), random.nextInt());
      assertThat(WireTime.format(at)).as("%s", at).isEqualTo(FORMATTER.format(at));
    }
  }

  @Test
  void theZonesOwnHistoryAndTheYearsEdgesAreTheFormatters() {
    String[] instants = {
      "1975-06-12T16:59:59Z", // the last offset change of Asia/Ho_Chi_Minh
      "1975-06-12T17:00:00Z",
      "1959-12-31T15:59:59Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T16:59:59Z",
      "9999-12-31T17:00:00Z", // 10000 local: the formatter's signed year
      "-0001-06-01T00:00:00Z"
    };
    for (String text : instants) {
      Instant at = Instant.parse(text);
      assertThat(WireTime.format(at)).as(text).isEqualTo(FORMATTER.format(at));
    }
  }
}
