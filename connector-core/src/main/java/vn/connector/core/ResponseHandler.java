package vn.connector.core;

/**
 * Turns the final response of a call into the caller's result: parses the body, and throws {@link
 * ServiceException} or {@link ResponseException} where the answer says no or cannot be read. Any
 * other runtime exception it throws is reported as a {@link ResponseException}.
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  T handle(HttpResponse response);
}
