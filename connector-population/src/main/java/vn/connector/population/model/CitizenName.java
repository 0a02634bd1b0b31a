package vn.connector.population.model;

import java.util.StringJoiner;

/** A name as the population record splits it: family name (họ), middle (chữ đệm), given (tên). */
public record CitizenName(String family, String middle, String given) {

  /** The full name, parts joined by single spaces, missing parts left out. */
  public String full() {
    StringJoiner out = new StringJoiner(" ");
    for (String part : new String[] {family, middle, given}) {
      if (part != null && !part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "CitizenName[****]";
  }
}
