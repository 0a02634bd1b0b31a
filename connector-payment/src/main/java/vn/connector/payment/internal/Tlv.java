package vn.connector.payment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMVCo merchant-presented QR data objects: a 2-digit id, a 2-digit length in characters, the
 * value. Nested templates (such as 38 and 62) use the same layout inside their value.
 */
public final class Tlv {

  private Tlv() {}

  /** One data object; {@code name} only serves the error message. */
  public static String field(String id, String value, String name) {
    if (value.length() > 99) {
      throw new IllegalArgumentException(
          name + " (field " + id + "): at most 99 characters, was " + value.length());
    }
    return id + String.format("%02d", value.length()) + value;
  }

  /**
   * The data objects of {@code text} in order, keyed by id; {@code where} names the template for
   * error messages ({@code "payload"}, {@code "field 38"}).
   */
  public static Map<String, String> parse(String text, String where) {
    Map<String, String> fields = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      if (i + 4 > text.length()) {
        throw new IllegalArgumentException(where + ": a data object header is cut off at " + i);
      }
      String id = text.substring(i, i + 2);
      String lengthText = text.substring(i + 2, i + 4);
      if (!id.chars().allMatch(Character::isDigit)
          || !lengthText.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException(where + ": id and length must be digits at " + i);
      }
      int length = Integer.parseInt(lengthText);
      if (i + 4 + length > text.length()) {
        throw new IllegalArgumentException(
            where + " field " + id + ": length " + length + " runs past the end");
      }
      if (fields.put(id, text.substring(i + 4, i + 4 + length)) != null) {
        throw new IllegalArgumentException(where + " field " + id + ": appears twice");
      }
      i += 4 + length;
    }
    return fields;
  }
}
