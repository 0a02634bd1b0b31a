package vn.connector.payment.model;

import java.text.Normalizer;
import java.util.Objects;

/** Text rules shared by the records: trimmed, NFC (Vietnamese travels in NFC), not blank. */
final class Text {

  private Text() {}

  static String required(String value, String field) {
    Objects.requireNonNull(value, field);
    String t = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (t.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return t;
  }

  static String optional(String value) {
    return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }
}
