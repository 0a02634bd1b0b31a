package vn.connector.core;

import org.slf4j.MDC;

/**
 * The SLF4J MDC of one call: {@code connector.requestId} and, when the call has a context, {@code
 * connector.dossier} (a dossier code is no personal data; a citizen's ID is, and never goes here).
 * What was there before is put back when the call ends, however it ends.
 */
final class CallMdc {

  static final String REQUEST_ID = "connector.requestId";
  static final String DOSSIER = "connector.dossier";

  private final String previousRequestId;
  private final String previousDossier;

  private CallMdc(String previousRequestId, String previousDossier) {
    this.previousRequestId = previousRequestId;
    this.previousDossier = previousDossier;
  }

  static CallMdc enter(Call call) {
    CallMdc saved = new CallMdc(MDC.get(REQUEST_ID), MDC.get(DOSSIER));
    MDC.put(REQUEST_ID, call.requestId());
    if (call.context() != null) {
      MDC.put(DOSSIER, call.context().dossier().value());
    } else {
      // A call without a context inside one with (a token fetch of its own) names no dossier.
      MDC.remove(DOSSIER);
    }
    return saved;
  }

  void restore() {
    put(REQUEST_ID, previousRequestId);
    put(DOSSIER, previousDossier);
  }

  private static void put(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
