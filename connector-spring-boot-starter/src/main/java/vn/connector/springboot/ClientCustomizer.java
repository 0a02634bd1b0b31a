package vn.connector.springboot;

import vn.connector.core.ClientBuilder;

/**
 * Adjusts an auto-configured client's builder after the {@code connector.<system>.*} keys were
 * applied and before it is built: a {@code Sleeper}, a clock, an interceptor, a payment listener.
 * Declare one as a bean typed with the connector's builder; to replace the client altogether,
 * declare the client bean instead.
 *
 * <pre>{@code
 * @Bean
 * ClientCustomizer<PopulationClientBuilder> counterTimeouts() {
 *   return builder -> builder.retryPolicy(RetryPolicy.builder().maxAttempts(1).build());
 * }
 * }</pre>
 *
 * @param <B> the connector's builder type
 */
@FunctionalInterface
public interface ClientCustomizer<B extends ClientBuilder<B>> {

  /** Changes {@code builder} in place. */
  void customize(B builder);
}
