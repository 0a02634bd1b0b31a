package vn.connector.testkit.population;

/** A request the real service would refuse as malformed: answered with a SOAP fault. */
final class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message, null, false, false);
  }
}
