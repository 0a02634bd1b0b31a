package vn.connector.payment.internal;

/** The platform answered with an error code; the client turns it into a ServiceException. */
public final class PlatformRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String text;

  public PlatformRefusal(String code, String text) {
    super("platform code " + code, null, false, false);
    this.code = code;
    this.text = text;
  }

  public String code() {
    return code;
  }

  public String text() {
    return text;
  }
}
