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
}
