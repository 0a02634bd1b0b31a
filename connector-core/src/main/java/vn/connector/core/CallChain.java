package vn.connector.core;

import java.util.List;
import java.util.Objects;

/** The chain of {@link CallInterceptor}s of one call, ending in the attempts of its exchange. */
final class CallChain implements CallInterceptor.Chain {

  private final List<CallInterceptor> interceptors;
  private final Exchange exchange;
  private final int index;
  private final HttpRequest request;

  CallChain(List<CallInterceptor> interceptors, Exchange exchange, int index, HttpRequest request) {
    this.interceptors = interceptors;
    this.exchange = exchange;
    this.index = index;
    this.request = request;
  }

  @Override
  public Call call() {
    return exchange.call();
  }

  @Override
  public HttpRequest request() {
    return request;
  }

  @Override
  public Answer proceed(HttpRequest next) {
    Objects.requireNonNull(next, "request");
    if (index >= interceptors.size()) {
      return exchange.run(next);
    }
    Answer answer =
        interceptors.get(index).intercept(new CallChain(interceptors, exchange, index + 1, next));
    if (answer == null) {
      throw new IllegalStateException(
          "call interceptor " + interceptors.get(index).getClass().getName() + " returned null");
    }
    return answer;
  }

  @Override
  public void event(CallObserver.Event event) {
    exchange.event(Objects.requireNonNull(event, "event"));
  }

  @Override
  public void auditDetail(String detail) {
    exchange.detail(Objects.requireNonNull(detail, "detail"));
  }
}
