package vn.connector.springboot;

import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.connector.core.ConnectorConfig;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.NationalPortalSync;
import vn.connector.nationalportal.StatusMapping;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxListener;
import vn.connector.outbox.OutboxObserver;

/**
 * The outbox on the application's {@code DataSource}, written in the application's transactions
 * ({@link ConnectorTransactions}), delivered by a dispatcher started and stopped with the context;
 * the deliverers of each configured connector whose work goes through the outbox (national portal,
 * DVC liên thông statuses, criminal-record results, postal orders).
 *
 * <pre>{@code
 * @Transactional
 * public void receive(Dossier dossier) {
 *   repository.save(dossier);                                    // the portal's own change
 *   nationalPortalSync.sync(transactions.connection(), dossier); // delivered after commit only
 * }
 * }</pre>
 *
 * <p>Keys: {@code connector.outbox.enabled} (default true), {@code .createSchema} (default true:
 * creates the outbox tables and {@code national_portal_dossier} if absent; turn it off when
 * migrations own the schema), {@code .threads} (2), {@code .pollInterval} (PT1S), {@code
 * .parkAfter} (never), {@code connector.national-portal.statusMapping.<LOCAL_STATE>} = national
 * state number.
 */
@AutoConfiguration(
    after = ConnectorClientsAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration"
    })
@ConditionalOnClass(DataSourceUtils.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "connector.outbox", name = "enabled", matchIfMissing = true)
@Import(OutboxDeliverersConfiguration.class)
public class ConnectorOutboxAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Outbox connectorOutbox(
      DataSource dataSource, ConnectorConfig config, ObjectProvider<OutboxObserver> observer) {
    Outbox.Builder b =
        Outbox.builder()
            .dataSource(dataSource)
            .createSchema(config.flag(StarterKeys.OUTBOX_CREATE_SCHEMA, true));
    // The trace context from enqueue to delivery (connector-opentelemetry), when there is one.
    observer.ifUnique(b::observer);
    return b.build();
  }

  @Bean
  @ConditionalOnMissingBean
  ConnectorTransactions connectorTransactions(DataSource dataSource) {
    return new ConnectorTransactions(dataSource);
  }

  @Bean
  OutboxDispatcherLifecycle connectorOutboxDispatcher(
      Outbox outbox,
      ConnectorConfig config,
      ObjectProvider<DispatcherCustomizer> customizers,
      ObjectProvider<OutboxListener> listeners) {
    return new OutboxDispatcherLifecycle(
        outbox, config, customizers.orderedStream().toList(), listeners.orderedStream().toList());
  }

  /** Dossiers and progress for Cổng DVCQG through the outbox. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(NationalPortalSync.class)
  @ConditionalOnBean(NationalPortalClient.class)
  static class NationalPortal {

    @Bean
    @ConditionalOnMissingBean
    NationalPortalSync nationalPortalSync(
        NationalPortalClient client,
        Outbox outbox,
        ConnectorConfig config,
        DataSource ds,
        Environment environment) {
      NationalPortalSync.Builder b = NationalPortalSync.builder(client, outbox);
      Map<String, String> mapping = statusMapping(environment);
      if (!mapping.isEmpty()) {
        b.statusMapping(StatusMapping.fromMap(mapping));
      }
      if (config.flag(StarterKeys.OUTBOX_CREATE_SCHEMA, true)) {
        b.createSchema(ds);
      }
      return b.build();
    }

    @Bean
    DispatcherCustomizer nationalPortalDeliverers(NationalPortalSync sync) {
      return sync::deliverers;
    }

    /** {@code connector.national-portal.statusMapping.DA_KY_DUYET: 9} and the like. */
    private static Map<String, String> statusMapping(Environment environment) {
      String prefix = StarterKeys.STATUS_MAPPING + ".";
      Map<String, String> mapping = new TreeMap<>();
      ConnectorEnvironment.properties(environment)
          .forEach(
              (key, state) -> {
                if (key.startsWith(prefix)) {
                  mapping.put(key.substring(prefix.length()), state);
                }
              });
      return mapping;
    }
  }
}
