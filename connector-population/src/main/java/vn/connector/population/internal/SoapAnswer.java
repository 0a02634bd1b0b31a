package vn.connector.population.internal;

/** What a SOAP answer held: a payload (the whole envelope, normalised), or a SOAP fault. */
sealed interface SoapAnswer {

  record Payload(byte[] envelope) implements SoapAnswer {}

  /** {@code faultcode} and {@code faultstring} as the service sent them. */
  record Fault(String code, String text) implements SoapAnswer {}
}
