package vn.connector.criminalrecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The province's category codes translated to the ministry's, as data: each province codes
 * nationality and ethnicity its own way (one maps nationality {@code 3106} to {@code VN}, ethnicity
 * {@code 55305} to {@code 01}), and the ministry takes only its own. A declaration whose code has
 * no line here is refused before anything is sent. Immutable and thread-safe.
 *
 * <p>The CSV is UTF-8 with the header {@code category,local,ministry,name}; categories are {@code
 * nationality} and {@code ethnicity}:
 *
 * <pre>{@code
 * category,local,ministry,name
 * nationality,3106,VN,Việt Nam
 * ethnicity,55305,01,Kinh
 * }</pre>
 *
 * <pre>{@code
 * CodeTable codes;
 * try (InputStream in = Files.newInputStream(Path.of("lltp-codes.csv"))) {
 *   codes = CodeTable.load(in);
 * }
 * }</pre>
 */
public final class CodeTable {

  /** The ministry's code for a local one, with the ministry's name for it. */
  public record Entry(String code, String name) {
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }

  private static final String HEADER = "category,local,ministry,name";

  private final Map<String, Entry> nationalities;
  private final Map<String, Entry> ethnicities;

  private CodeTable(Map<String, Entry> nationalities, Map<String, Entry> ethnicities) {
    this.nationalities = Map.copyOf(nationalities);
    this.ethnicities = Map.copyOf(ethnicities);
  }

  /**
   * Reads the CSV; a malformed line, an unknown category or a local code given twice is refused
   * with its line number. Does not close {@code csv}.
   */
  public static CodeTable load(InputStream csv) {
    Objects.requireNonNull(csv, "csv");
    Map<String, Entry> nationalities = new HashMap<>();
    Map<String, Entry> ethnicities = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    try {
      String header = reader.readLine();
      if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
        throw new IllegalArgumentException("csv: line 1 must be the header " + HEADER);
      }
      int number = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          add(line, number, nationalities, ethnicities);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the code table", e);
    }
    return new CodeTable(nationalities, ethnicities);
  }

  private static void add(
      String line, int number, Map<String, Entry> nationalities, Map<String, Entry> ethnicities) {
    String[] cells = Normalizer.normalize(line, Normalizer.Form.NFC).split(",", -1);
    if (cells.length != 4 || cells[1].isBlank() || cells[2].isBlank()) {
      throw new IllegalArgumentException(
          "csv: line " + number + " must have 4 cells, local and ministry not blank");
    }
    Map<String, Entry> target =
        switch (cells[0].strip()) {
          case "nationality" -> nationalities;
          case "ethnicity" -> ethnicities;
          default ->
              throw new IllegalArgumentException(
                  "csv: line " + number + ": unknown category " + cells[0].strip());
        };
    Entry previous =
        target.putIfAbsent(cells[1].strip(), new Entry(cells[2].strip(), cells[3].strip()));
    if (previous != null) {
      throw new IllegalArgumentException(
          "csv: line " + number + ": local code " + cells[1].strip() + " given twice");
    }
  }

  /** The ministry's nationality for the province's code. */
  public Optional<Entry> nationality(String localCode) {
    return Optional.ofNullable(nationalities.get(Objects.requireNonNull(localCode, "localCode")));
  }

  /** The ministry's ethnicity for the province's code. */
  public Optional<Entry> ethnicity(String localCode) {
    return Optional.ofNullable(ethnicities.get(Objects.requireNonNull(localCode, "localCode")));
  }

  @Override
  public String toString() {
    return "CodeTable["
        + nationalities.size()
        + " nationalities, "
        + ethnicities.size()
        + " ethnicities]";
  }
}
