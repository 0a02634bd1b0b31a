package vn.connector.core;

/**
 * Reads what an answer means: one per national system, usually an {@link AnswerTable}. The
 * transport runs it inside the retry loop on every answer that passed the HTTP-level rules (401,
 * 403, 429, 502, 503, 504 are the transport's own) and the response interceptors (signatures), and
 * acts on the {@link Verdict}. Implementations must be thread-safe and must not throw: an answer
 * they cannot read is {@link Verdict#ok()} for the handler to refuse, or a refusal.
 *
 * <pre>{@code
 * AnswerClassifier byStatus = response ->
 *     response.status() == 409 ? Verdict.alreadyDone("409 Conflict") : Verdict.ok();
 * }</pre>
 */
@FunctionalInterface
public interface AnswerClassifier {

  Verdict classify(HttpResponse response);

  /**
   * Every answer is {@link Verdict#ok()}: the handler sees it as it came (2xx, 404, a SOAP fault's
   * 500), as {@link HttpTransport#call(Call, HttpRequest, ResponseHandler)} does.
   */
  static AnswerClassifier passThrough() {
    return response -> Verdict.ok();
  }
}
