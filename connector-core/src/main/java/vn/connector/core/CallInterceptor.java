package vn.connector.core;

/**
 * A step around the whole of one call, outside the retries: a cache, a rate limit, a request-id
 * policy. Per-call interceptors run once per call, in the order added, before any attempt; the
 * per-attempt {@link ExchangeInterceptor}s (signatures, evidence) run inside, on every attempt. An
 * interceptor may answer the call itself without {@linkplain Chain#proceed proceeding} (a cache
 * hit): the transport then audits the call with 0 attempts and the interceptor's {@linkplain
 * Chain#auditDetail detail}, and the handler reads that answer as it would a fresh one.
 * Implementations must be thread-safe.
 *
 * <pre>{@code
 * CallInterceptor logTimes = chain -> {
 *   long t0 = System.nanoTime();
 *   try {
 *     return chain.proceed(chain.request());
 *   } finally {
 *     log.debug("{} took {} ms", chain.call().operation(), (System.nanoTime() - t0) / 1_000_000);
 *   }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface CallInterceptor {

  /**
   * @return the answer for the call: the one {@link Chain#proceed} returned, or one of the
   *     interceptor's own
   */
  Answer intercept(Chain chain);

  /** The call in progress, as this interceptor sees it. */
  interface Chain {
    /** The call (system, operation, request id, context). */
    Call call();

    /** The request as the previous interceptor passed it on. */
    HttpRequest request();

    /**
     * Runs the next interceptors and then the attempts (auth, per-attempt interceptors, retries,
     * the answer table); returns an answer the table judged OK or ALREADY_DONE, or throws the
     * call's {@link ConnectorException}.
     */
    Answer proceed(HttpRequest request);

    /** A detail for the call's audit event (such as {@code CACHE_HIT}); no personal data. */
    void auditDetail(String detail);

    /**
     * Tells the call's {@link CallObserver}s of an event, such as {@link
     * CallObserver.Event#CACHE_HIT}; nothing by default.
     */
    default void event(CallObserver.Event event) {}
  }
}
