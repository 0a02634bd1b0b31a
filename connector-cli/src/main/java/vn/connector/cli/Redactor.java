package vn.connector.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Masking;

/**
 * The last guard before anything is printed: every value of a secret-looking key of the
 * configuration (password, secret, token, API and auth keys) is replaced by {@code ****} wherever
 * it appears, and long digit runs (citizen IDs) are masked as the SDK masks them. The checks do not
 * print secrets; this makes sure that a message of some library cannot either.
 */
final class Redactor {

  private static final List<String> SECRET_WORDS =
      List.of("secret", "password", "token", "authkey", "apikey", "accesskey", "evidencekey");

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  static Redactor none() {
    return new Redactor(List.of());
  }

  static Redactor of(ConnectorConfig config) {
    List<String> values = new ArrayList<>();
    for (String key : config.keys()) {
      if (isSecret(key)) {
        config.optional(key).filter(v -> v.length() >= 4).ifPresent(values::add);
      }
    }
    // Longest first, so that a secret containing another is replaced whole.
    values.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(values));
  }

  static boolean isSecret(String key) {
    String name = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return !name.endsWith("url") && SECRET_WORDS.stream().anyMatch(name::contains);
  }

  String apply(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "****");
    }
    return Masking.identifiersIn(out);
  }
}
