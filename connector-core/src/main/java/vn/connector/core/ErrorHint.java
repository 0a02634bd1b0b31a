package vn.connector.core;

import java.util.Objects;

/**
 * A short explanation of a known national error code, for officers and for developers.
 *
 * @param vietnamese the explanation in Vietnamese
 * @param english the same in English
 */
public record ErrorHint(String vietnamese, String english) {
  public ErrorHint {
    Objects.requireNonNull(vietnamese, "vietnamese");
    Objects.requireNonNull(english, "english");
  }

  @Override
  public String toString() {
    return vietnamese + " / " + english;
  }
}
