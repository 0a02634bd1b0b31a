package vn.connector.civilregistry.internal;

import java.util.Base64;
import java.util.regex.Pattern;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * Base64 from the wire: the standard alphabet; line breaks are dropped first, but any other
 * character outside the alphabet is refused (the MIME decoder would skip it silently).
 */
final class Base64s {

  /** The line breaks and spaces of a wrapped body. */
  private static final Pattern WRAPPING = Pattern.compile("[\\r\\n ]");

  private Base64s() {}

  static byte[] decode(String text, String field) {
    try {
      return Base64.getDecoder().decode(WRAPPING.matcher(text).replaceAll(""));
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException(field + ": is not base64", e);
    }
  }
}
