package vn.connector.population.internal;

/** What a SOAP answer held: its payload, read, or a SOAP fault. */
sealed interface SoapAnswer<T> {

  record Payload<T>(T value) implements SoapAnswer<T> {}

  /** {@code faultcode} and {@code faultstring} as the service sent them. */
  record Fault<T>(String code, String text) implements SoapAnswer<T> {}
}
