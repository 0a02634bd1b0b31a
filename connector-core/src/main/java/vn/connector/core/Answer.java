package vn.connector.core;

import java.util.Objects;

/**
 * An answer the handler sees: the response and what its {@link AnswerClassifier} made of it ({@link
 * Verdict.Kind#OK} or {@link Verdict.Kind#ALREADY_DONE}). Per-call {@link CallInterceptor}s pass it
 * along and may answer with one of their own (a cache hit).
 *
 * <pre>{@code
 * Outcome o = transport.callForAnswer(call, request, TABLE,
 *     answer -> answer.alreadyDone() ? Outcome.EXISTS : Outcome.CREATED);
 * }</pre>
 *
 * @param response the response as received
 * @param verdict the classifier's verdict on it
 */
public record Answer(HttpResponse response, Verdict verdict) {

  public Answer {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the service said it had already done this (a repeat). */
  public boolean alreadyDone() {
    return verdict.kind() == Verdict.Kind.ALREADY_DONE;
  }
}
