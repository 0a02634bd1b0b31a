package vn.connector.cli;

import java.util.Objects;

/**
 * One row of the doctor's table.
 *
 * @param scope the system (its configuration prefix, such as {@code business}) or the shared keys
 *     ({@code tls}, {@code security})
 * @param check what was checked, in both languages
 * @param result what it found
 * @param detail what was seen (days left, protocol, status); never a secret
 * @param fix what to change when it is not OK; empty otherwise
 */
record Finding(String scope, Text check, Result result, Text detail, Text fix) {

  private static final Text NOTHING = Text.same("");

  Finding {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(detail, "detail");
    fix = fix == null ? NOTHING : fix;
  }

  static Finding ok(String scope, Text check, Text detail) {
    return new Finding(scope, check, Result.OK, detail, NOTHING);
  }

  static Finding skip(String scope, Text check, Text why) {
    return new Finding(scope, check, Result.SKIP, why, NOTHING);
  }

  static Finding warn(String scope, Text check, Text detail, Text fix) {
    return new Finding(scope, check, Result.WARN, detail, fix);
  }

  static Finding fail(String scope, Text check, Text detail, Text fix) {
    return new Finding(scope, check, Result.FAIL, detail, fix);
  }
}
