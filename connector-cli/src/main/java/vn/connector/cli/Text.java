package vn.connector.cli;

import java.util.Objects;

/**
 * One message in Vietnamese and English: officers on the portal side read the first, vendors'
 * engineers the second, and the doctor prints both.
 */
record Text(String vi, String en) {

  Text {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  static Text of(String vi, String en) {
    return new Text(vi, en);
  }

  /** A technical detail (a URL, a date, a protocol) that reads the same in both languages. */
  static Text same(String both) {
    return new Text(both, both);
  }

  boolean isEmpty() {
    return vi.isEmpty() && en.isEmpty();
  }

  @Override
  public String toString() {
    return vi.equals(en) ? vi : vi + " / " + en;
  }
}
