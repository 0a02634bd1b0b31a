package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;

class CsvQueriesTest {

  @Test
  void readsEveryBirthDateForm() {
    assertThat(CsvQueries.birthDate("1990-01-15")).isEqualTo(BirthDate.of(1990, 1, 15));
    assertThat(CsvQueries.birthDate("08/03/1992")).isEqualTo(BirthDate.of(1992, 3, 8));
    assertThat(CsvQueries.birthDate("1992-03")).isEqualTo(BirthDate.ofYearMonth(1992, 3));
    assertThat(CsvQueries.birthDate("1960")).isEqualTo(BirthDate.ofYear(1960));
  }

  @Test
  void refusesDaysThatDoNotExistNamingTheField() {
    assertThatThrownBy(() -> CsvQueries.birthDate("2023-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate:");
    assertThatThrownBy(() -> CsvQueries.birthDate("30/02/2023"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate:");
    assertThatThrownBy(() -> CsvQueries.birthDate("1992-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate:");
  }

  @Test
  void refusesOtherShapes() {
    for (String text : new String[] {"", "90-01-15", "1990/01/15", "1990-1-15", "１９９０", "1990 "}) {
      assertThatThrownBy(() -> CsvQueries.birthDate(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("birthDate: expected yyyy-MM-dd, yyyy-MM, yyyy or dd/MM/yyyy");
    }
  }

  /** The character check accepts exactly what the regular expressions it replaced accepted. */
  @Test
  void shapesMatchWhatTheRegularExpressionsMatched() {
    String[][] forms = {
      {"9999-99-99", "[0-9]{4}-[0-9]{2}-[0-9]{2}"},
      {"99/99/9999", "[0-9]{2}/[0-9]{2}/[0-9]{4}"},
      {"9999-99", "[0-9]{4}-[0-9]{2}"},
      {"9999", "[0-9]{4}"},
    };
    String alphabet = "0123456789-/ a٣９";
    Random random = new Random(16);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        // mostly digits, so that every shape is hit often
        text.append(
            random.nextInt(3) > 0
                ? (char) ('0' + random.nextInt(10))
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (String[] form : forms) {
        assertThat(CsvQueries.shaped(text.toString(), form[0]))
            .as("%s as %s", text, form[0])
            .isEqualTo(Pattern.matches(form[1], text));
      }
    }
  }
}
