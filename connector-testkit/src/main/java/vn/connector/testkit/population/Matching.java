package vn.connector.testkit.population;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching rules of population.md, implemented on their own (not with the SDK's types) so that
 * the simulator is an independent check of the client:
 *
 * <ul>
 *   <li>name: equal after NFC, trimming and collapsing inner spaces, case-insensitive; diacritics
 *       matter (Nguyễn ≠ Nguyên);
 *   <li>birth date: a full date matches the same full date; a year-only query matches a record of
 *       that year;
 *   <li>ID: SoDinhDanh matches the 12-digit ID, SoCMND the old 9-digit number of the same person.
 * </ul>
 */
final class Matching {

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private Matching() {}

  static String normaliseName(String name) {
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    return nfc.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(VI);
  }

  static boolean sameId(Persona p, WireQuery q) {
    return q.soDinhDanh() != null
        ? q.soDinhDanh().equals(p.soDinhDanh())
        : q.soCMND().equals(p.soCMND());
  }

  static boolean sameName(Persona p, WireQuery q) {
    return normaliseName(p.hoVaTen()).equals(normaliseName(q.hoVaTen()));
  }

  static boolean sameBirthDate(Persona p, WireQuery q) {
    if (q.ngayThangNam() != null) {
      return q.ngayThangNam().equals(p.ngayThangNam());
    }
    return q.nam().equals(p.birthYear());
  }

  static boolean matches(Persona p, WireQuery q) {
    return sameId(p, q) && sameName(p, q) && sameBirthDate(p, q);
  }
}
