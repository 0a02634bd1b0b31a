package vn.connector.springboot;

import vn.connector.outbox.Dispatcher;

/**
 * Adds deliverers (or changes options) of the outbox dispatcher the starter runs with the
 * application context. The starter registers the national portal's deliverers itself; declare one
 * of these for the portal's own items.
 *
 * <pre>{@code
 * @Bean
 * DispatcherCustomizer statusDeliverers(StatusOutbox statuses) {
 *   return statuses::register;
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DispatcherCustomizer {

  /** Changes {@code builder} in place (its return value, if any, is ignored). */
  void customize(Dispatcher.Builder builder);
}
