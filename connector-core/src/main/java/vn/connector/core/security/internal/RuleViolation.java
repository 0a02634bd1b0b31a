package vn.connector.core.security.internal;

/**
 * A security rule failed; {@link #getMessage()} is the rule, safe to show (no data, no secrets).
 */
public final class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RuleViolation(String rule) {
    super(rule, null, false, false);
  }

  public String rule() {
    return getMessage();
  }

  /**
   * A received value shown inside a rule: printable ASCII only (a {@code &#10;} or a newline would
   * forge a log line), at most 32 characters, so that a 100,000-character {@code alg} is not echoed
   * into messages and logs. A short plain token (a component name such as {@code content-type}) is
   * shown as it is.
   */
  public static String quoted(String received) {
    if (received == null) {
      return "\"\"";
    }
    if (SAFE.matcher(received).matches()) {
      return received;
    }
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(received.length(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = received.charAt(i);
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
    }
    return out.append(received.length() > MAX_SHOWN ? "...\"" : "\"").toString();
  }

  private static final int MAX_SHOWN = 32;

  private static final java.util.regex.Pattern SAFE =
      java.util.regex.Pattern.compile("[A-Za-z0-9@._-]{1,32}");
}
