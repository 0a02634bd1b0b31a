package vn.connector.core;

import java.util.Locale;
import vn.connector.core.internal.Text;

/**
 * Họ và tên: a person's full name, normalised as the national systems compare names: Unicode NFC
 * (input from macOS or scanners often arrives in NFD), trimmed, inner white space collapsed to one
 * space. Comparison is case-insensitive and keeps diacritics: {@code Nguyễn} ≠ {@code Nguyên}.
 *
 * <p>{@link #toString()} is masked, since a name is personal data.
 */
public record PersonName(String value) {

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  public PersonName {
    value = normalise(Identifiers.require(value, "fullName"));
    if (value.length() > 200) {
      throw new IllegalArgumentException("fullName: must be at most 200 characters");
    }
    checkCharacters(value);
  }

  /**
   * Letters of the Latin script (Vietnamese names, those of ethnic minorities included, are written
   * in it), spaces and the marks names carry; at least one letter. A Cyrillic "а" looks like a
   * Latin "a" and would make a name that never matches, or one that matches someone else on screen.
   */
  private static void checkCharacters(String value) {
    boolean letter = false;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          throw new IllegalArgumentException(
              "fullName: holds a letter of another script than Latin at position " + i);
        }
        letter = true;
      } else if (cp != ' ' && cp != '-' && cp != '\'' && cp != '.') {
        throw new IllegalArgumentException(
            "fullName: contains a character that is not part of a name at position " + i);
      }
      i += Character.charCount(cp);
    }
    if (!letter) {
      throw new IllegalArgumentException("fullName: must hold at least one letter");
    }
  }

  public static PersonName of(String value) {
    return new PersonName(value);
  }

  /** NFC, trimmed, inner white space (including no-break spaces) collapsed to one space. */
  public static String normalise(String text) {
    return Text.collapseSpaces(Text.toNfc(text), true).strip();
  }

  /** The national matching rule: equal after normalisation, ignoring case, diacritics kept. */
  public boolean matches(PersonName other) {
    return value.toLowerCase(VI).equals(other.value.toLowerCase(VI));
  }

  @Override
  public String toString() {
    return Masking.name(value);
  }
}
