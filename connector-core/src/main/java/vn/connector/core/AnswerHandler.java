package vn.connector.core;

/**
 * Turns a classified {@link Answer} into the caller's result, for calls that must know whether the
 * service did the work now or had done it already. Like {@link ResponseHandler}, any exception it
 * throws that is not a {@link ConnectorException} is reported as a {@link ResponseException}.
 *
 * <pre>{@code
 * AnswerHandler<Boolean> created = answer -> !answer.alreadyDone();
 * }</pre>
 */
@FunctionalInterface
public interface AnswerHandler<T> {
  T handle(Answer answer);
}
