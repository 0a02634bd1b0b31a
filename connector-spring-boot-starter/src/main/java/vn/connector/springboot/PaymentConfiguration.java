package vn.connector.springboot;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.connector.core.ConnectorConfig;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentClientBuilder;
import vn.connector.payment.PaymentListener;
import vn.connector.payment.PaymentStore;

/**
 * The Payment Platform client: its attempts and applied CONFIRMs in the application's database when
 * it has one (so a restart forgets no payment), every {@link PaymentListener} bean told of each
 * payment exactly once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(PaymentClient.class)
@ConditionalOnProperty(prefix = "connector.payment", name = "initUrl")
class PaymentConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PaymentClient paymentClient(
      ClientFactory factory,
      ObjectProvider<ClientCustomizer<PaymentClientBuilder>> customizers,
      ObjectProvider<DataSource> dataSource,
      ObjectProvider<PaymentListener> listeners) {
    PaymentClientBuilder builder = PaymentClient.builder();
    builder.store(store(factory.config(), dataSource));
    List<PaymentListener> all = listeners.orderedStream().toList();
    if (!all.isEmpty()) {
      builder.onPaid(paid -> all.forEach(l -> l.onPaid(paid)));
    }
    return factory.configure(builder, "payment", customizers).build();
  }

  private static PaymentStore store(ConnectorConfig config, ObjectProvider<DataSource> dataSource) {
    String key = StarterKeys.PAYMENT_STORE;
    String kind = config.optional(key).orElse("auto");
    switch (kind) {
      case "memory":
        return PaymentStore.inMemory();
      case "jdbc":
        DataSource ds = dataSource.getIfAvailable();
        if (ds == null) {
          throw new IllegalArgumentException("connector." + key + ": jdbc needs a DataSource bean");
        }
        return PaymentStore.jdbc(ds);
      case "auto":
        DataSource found = dataSource.getIfAvailable();
        return found == null ? PaymentStore.inMemory() : PaymentStore.jdbc(found);
      default:
        throw new IllegalArgumentException(
            "connector." + key + ": must be jdbc or memory, was '" + kind + "'");
    }
  }
}
