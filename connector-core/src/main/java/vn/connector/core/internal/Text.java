package vn.connector.core.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.connector.core.Masking;

/**
 * The one NFC normaliser, the one e-mail shape and the one excerpt helper of the SDK; the
 * connectors' model records (civil, criminal, portal, postal) check their text fields with these.
 */
public final class Text {

  /** Something, an at sign, something with a dot in it; no white space, one at sign. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{M}])(\\p{Lu})[\\p{L}\\p{M}]*");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  private static final int FREE_TEXT_MAX = 200;

  private Text() {}

  /** Unicode NFC, white space runs collapsed to one space, stripped; null stays null. */
  public static String nfc(String text) {
    if (text == null) {
      return null;
    }
    return collapseSpaces(toNfc(text), false).strip();
  }

  /**
   * Unicode NFC, white space runs collapsed to one space, no-break spaces (U+00A0, U+2007, U+202F)
   * among them, stripped; null stays null. For a text a person typed, where a no-break space pasted
   * from a word processor is a space.
   */
  public static String nfcTyped(String text) {
    if (text == null) {
      return null;
    }
    return collapseSpaces(toNfc(text), true).strip();
  }

  /**
   * Whether {@code text} has the shape of an e-mail address: no white space, one at sign with
   * something before it and a dotted domain after it. The shape only: nothing is looked up, and the
   * length limit is the caller's field's.
   */
  public static boolean isEmailAddress(String text) {
    return EMAIL.matcher(text).matches();
  }

  /** Unicode NFC, without copying a text that already is (most national answers are). */
  public static String toNfc(String text) {
    if (plainlyNfc(text)) {
      return text;
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every character is below U+0300 (Latin, Vietnamese's ă â đ ê ô ơ ư among them) or a
   * precomposed letter of Latin Extended Additional (U+1E00-U+1EFF, Vietnamese's tone-marked ạ ả ấ
   * ... ỹ): such a text is in NFC, since none of those characters decomposes under NFC or combines
   * with the one before it ({@code TextTest} checks every one and every pair against {@link
   * Normalizer}). Vietnamese text in NFC, which is how national systems send it, never reaches the
   * JDK's normaliser, whose check allocated 9% of a registry lookup (issue 16).
   */
  static boolean plainlyNfc(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every run of white space ({@code [ \t\n\x0B\f\r]}, as regex {@code \s}; with {@code noBreak}
   * also U+00A0, U+2007, U+202F) replaced by one space. A plain loop, not a regex: it runs on every
   * text field of every answer, and a text that needs no change is returned as it is.
   */
  public static String collapseSpaces(String text, boolean noBreak) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c, noBreak)
          && (c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1), noBreak)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i++);
      if (isSpace(c, noBreak)) {
        out.append(' ');
        while (i < n && isSpace(text.charAt(i), noBreak)) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c, boolean noBreak) {
    switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r':
        return true;
      case '\u00A0', '\u2007', '\u202F':
        return noBreak;
      default:
        return false;
    }
  }

  /**
   * The start of a text for a log line or a diagnostic: NFC, control characters dropped (a {@code
   * \n} cannot forge a log line), identifiers masked before it is cut (a cut cannot leave part of
   * one in clear), at most {@code max} characters and an ellipsis.
   */
  public static String excerpt(String text, int max) {
    if (text == null) {
      return null;
    }
    String clean = Masking.identifiersIn(nfc(CONTROL.matcher(text).replaceAll(" ")));
    return clean.length() <= max ? clean : clean.substring(0, max) + "…";
  }

  /**
   * A national free text fit for a log line: control characters dropped, every digit masked (ID
   * numbers, birth dates, phone numbers, even spaced), every capitalised word cut to its first
   * letter (Vietnamese capitalises names and places, not the wording of an error), at most 200
   * characters.
   */
  public static String maskFreeText(String text) {
    if (text == null) {
      return null;
    }
    String clean = nfc(CONTROL.matcher(text).replaceAll(" "));
    String masked = DIGIT.matcher(clean).replaceAll("*");
    masked = CAPITALISED.matcher(masked).replaceAll("$1***");
    return masked.length() <= FREE_TEXT_MAX ? masked : masked.substring(0, FREE_TEXT_MAX) + "…";
  }
}
