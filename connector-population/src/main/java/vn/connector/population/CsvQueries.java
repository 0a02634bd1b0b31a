package vn.connector.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.population.model.CitizenQuery;

/**
 * Reads {@code citizenId,fullName,birthDate[,gender]} lines lazily, one row at a time, so that a
 * file of any size takes constant memory. A row is parsed in the worker that verifies it, so a bad
 * row becomes a failed result rather than ending the run. A first line starting with {@code
 * citizenId} is a header and skipped; a UTF-8 byte order mark before it (Excel's "CSV UTF-8") is
 * ignored.
 */
final class CsvQueries implements Iterator<BulkVerifier.Row> {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final BufferedReader reader;
  private final String source;
  private long lineNumber;
  private String pending;

  /** {@code source} names the input in errors (the file name). */
  CsvQueries(BufferedReader reader, String source) {
    this.reader = reader;
    this.source = source;
    this.pending = readLine();
    if (pending != null
        && pending.strip().toLowerCase(java.util.Locale.ROOT).startsWith("citizenid")) {
      pending = readLine();
    }
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public BulkVerifier.Row next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    String line = pending;
    long number = lineNumber;
    pending = readLine();
    return new BulkVerifier.Row("line " + number, () -> parse(line));
  }

  private String readLine() {
    try {
      String line;
      do {
        line = reader.readLine();
        lineNumber++;
        if (lineNumber == 1 && line != null && line.startsWith(BYTE_ORDER_MARK)) {
          // Excel writes "CSV UTF-8" with a byte order mark, which Java's decoder keeps.
          line = line.substring(1);
        }
      } while (line != null && line.isBlank());
      return line;
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * The file name, and the kind of failure; never the text, which may hold a row's personal data.
   */
  static UncheckedIOException unreadable(String source, IOException e) {
    String why =
        e instanceof java.nio.charset.CharacterCodingException
            ? "not UTF-8"
            : e.getClass().getSimpleName();
    return new UncheckedIOException("cannot read " + source + ": " + why, e);
  }

  static CitizenQuery parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 3) {
      throw new IllegalArgumentException("row: expected citizenId,fullName,birthDate[,gender]");
    }
    return CitizenQuery.of(
        f[0].strip(), f[1], birthDate(f[2].strip()), f.length > 3 ? gender(f[3]) : Gender.UNKNOWN);
  }

  /**
   * {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy} or {@code dd/MM/yyyy}. The shapes are checked
   * character by character: a regular expression per form compiled on every row was a tenth of a
   * bulk run's CPU (issue 16).
   */
  static BirthDate birthDate(String text) {
    try {
      if (shaped(text, "9999-99-99")) {
        return BirthDate.of(
            java.time.LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10)));
      }
      if (shaped(text, "99/99/9999")) {
        return BirthDate.of(number(text, 6, 10), number(text, 3, 5), number(text, 0, 2));
      }
      if (shaped(text, "9999-99")) {
        return BirthDate.ofYearMonth(number(text, 0, 4), number(text, 5, 7));
      }
      if (shaped(text, "9999")) {
        return BirthDate.ofYear(number(text, 0, 4));
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("birthDate: not a date: " + text, e);
    }
    throw new IllegalArgumentException(
        "birthDate: expected yyyy-MM-dd, yyyy-MM, yyyy or dd/MM/yyyy");
  }

  /**
   * Whether {@code text} has the length of {@code shape}, an ASCII digit wherever {@code shape} has
   * {@code 9}, and {@code shape}'s other characters where it has them.
   */
  static boolean shaped(String text, String shape) {
    if (text.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char want = shape.charAt(i);
      char c = text.charAt(i);
      if (want == '9' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII digits {@code text[from, to)} as a number; {@link #shaped} checked them. */
  private static int number(String text, int from, int to) {
    return vn.connector.core.internal.Digits.parse(text, from, to);
  }

  static Gender gender(String text) {
    String g = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (g.isEmpty()) {
      return Gender.UNKNOWN;
    }
    if (g.equals("m") || g.equals("male") || g.equals("nam")) {
      return Gender.MALE;
    }
    if (g.equals("f")
        || g.equals("female")
        || java.text.Normalizer.normalize(g, java.text.Normalizer.Form.NFC).equals("nữ")) {
      return Gender.FEMALE;
    }
    throw new IllegalArgumentException("gender: expected M, F, nam or nữ");
  }
}
