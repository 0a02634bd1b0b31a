package vn.connector.springboot;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.connector.civilregistry.InterlinkedClient;
import vn.connector.civilregistry.StatusOutbox;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.ResultReporter;
import vn.connector.outbox.Outbox;
import vn.connector.postal.PostalClient;
import vn.connector.postal.PostalOutbox;

/**
 * The deliverers of the connectors whose work goes through the outbox, each registered with the
 * dispatcher when its client is configured: the civil registry's status push-back to DVC liên
 * thông, the criminal-record results, the postal orders. The national portal's are beside its sync,
 * in {@link ConnectorOutboxAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class OutboxDeliverersConfiguration {

  /** Statuses of interlinked dossiers back to DVC liên thông. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(StatusOutbox.class)
  @ConditionalOnBean(InterlinkedClient.class)
  static class InterlinkedStatuses {
    @Bean
    @ConditionalOnMissingBean
    StatusOutbox interlinkedStatusOutbox(Outbox outbox, InterlinkedClient client) {
      return new StatusOutbox(outbox, client);
    }

    @Bean
    DispatcherCustomizer interlinkedStatusDeliverer(StatusOutbox statuses) {
      return statuses::register;
    }
  }

  /** Results of dossiers filed through VNeID, back to the criminal-record system. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ResultReporter.class)
  @ConditionalOnBean(CriminalRecordClient.class)
  static class CriminalRecordResults {
    @Bean
    @ConditionalOnMissingBean
    ResultReporter criminalRecordResultReporter(CriminalRecordClient client) {
      return new ResultReporter(client);
    }

    @Bean
    DispatcherCustomizer criminalRecordResultDeliverer(ResultReporter reporter) {
      return b -> b.deliverer(ResultReporter.SYSTEM, ResultReporter.TYPE, reporter.deliverer());
    }
  }

  /** Collection and delivery orders to VNPost. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PostalOutbox.class)
  @ConditionalOnBean(PostalClient.class)
  static class PostalOrders {
    @Bean
    DispatcherCustomizer postalOrderDeliverer(PostalClient client) {
      return b ->
          b.deliverer(PostalOutbox.SYSTEM, PostalOutbox.ORDER, PostalOutbox.deliverer(client));
    }
  }
}
