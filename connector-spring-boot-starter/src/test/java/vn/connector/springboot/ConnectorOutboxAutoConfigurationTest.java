package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.connector.civilregistry.StatusOutbox;
import vn.connector.criminalrecord.CriminalRecordClientBuilder;
import vn.connector.criminalrecord.ResultReporter;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.testkit.Simulator;
import vn.connector.testkit.civilregistry.InterlinkedServiceSimulator;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;
import vn.connector.testkit.postal.PostalSimulator;

class ConnectorOutboxAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withPropertyValues("spring.datasource.url=jdbc:h2:mem:outbox-test;DB_CLOSE_DELAY=-1")
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  TransactionAutoConfiguration.class,
                  ConnectorClientsAutoConfiguration.class,
                  ConnectorOutboxAutoConfiguration.class));

  @Test
  void givesTheConnectionOfTheRunningTransaction() {
    runner.run(
        context -> {
          ConnectorTransactions transactions = context.getBean(ConnectorTransactions.class);
          DataSource dataSource = context.getBean(DataSource.class);
          new TransactionTemplate(
                  context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
              .executeWithoutResult(
                  status -> {
                    Connection tx = transactions.connection();
                    assertThat(tx).isSameAs(DataSourceUtils.getConnection(dataSource));
                  });
        });
  }

  @Test
  void refusesAConnectionOutsideATransaction() {
    runner.run(
        context ->
            assertThatThrownBy(() -> context.getBean(ConnectorTransactions.class).connection())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no transaction"));
  }

  @Test
  void rollsAnEnqueuedItemBackWithItsTransaction() {
    runner.run(
        context -> {
          Outbox outbox = context.getBean(Outbox.class);
          ConnectorTransactions transactions = context.getBean(ConnectorTransactions.class);
          TransactionTemplate tx =
              new TransactionTemplate(
                  context.getBean(
                      org.springframework.transaction.PlatformTransactionManager.class));
          tx.executeWithoutResult(
              status -> {
                outbox.enqueue(transactions.connection(), OutboxItem.of("portal", "k1", "t", "{}"));
                status.setRollbackOnly();
              });
          assertThat(outbox.report().pending()).isZero();
          tx.executeWithoutResult(
              status ->
                  outbox.enqueue(
                      transactions.connection(), OutboxItem.of("portal", "k2", "t", "{}")));
          assertThat(outbox.report().pendingBySystem()).containsEntry("portal", 1L);
        });
  }

  @Test
  void runsTheDispatcherWithTheContextWhenSomethingIsToBeDelivered() {
    runner
        .withBean(
            DispatcherCustomizer.class,
            () ->
                b ->
                    b.deliverer(
                        "portal", "t", item -> vn.connector.outbox.DeliveryOutcome.delivered()))
        .run(
            context -> {
              OutboxDispatcherLifecycle lifecycle =
                  context.getBean(OutboxDispatcherLifecycle.class);
              assertThat(lifecycle.isRunning()).isTrue();
              lifecycle.stop();
              assertThat(lifecycle.isRunning()).isFalse();
            });
  }

  @Test
  void registersTheDeliverersOfEveryConfiguredConnectorThatUsesTheOutbox() {
    try (PostalSimulator postal = PostalSimulator.start();
        InterlinkedServiceSimulator dvclt = InterlinkedServiceSimulator.start();
        CriminalRecordSimulator lltp = CriminalRecordSimulator.start()) {
      List<String> keys = new ArrayList<>();
      for (Simulator s : List.<Simulator>of(postal, dvclt, lltp)) {
        s.connectionInfo().forEach((k, v) -> keys.add("connector." + k + "=" + v));
      }
      runner
          .withPropertyValues(keys.toArray(String[]::new))
          .withUserConfiguration(CodeTable.class)
          .run(
              context -> {
                assertThat(context)
                    .hasSingleBean(StatusOutbox.class)
                    .hasSingleBean(ResultReporter.class)
                    .hasBean("postalOrderDeliverer");
                assertThat(context.getBeansOfType(DispatcherCustomizer.class)).hasSize(3);
                assertThat(context.getBean(OutboxDispatcherLifecycle.class).isRunning()).isTrue();
              });
    }
  }

  @Test
  void leavesTheOutboxOutWhenSwitchedOff() {
    runner
        .withPropertyValues("connector.outbox.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(Outbox.class));
  }

  @Test
  void leavesTheOutboxOutWithoutADataSource() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ConnectorClientsAutoConfiguration.class, ConnectorOutboxAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Outbox.class));
  }

  /** The ministry's code table, as a portal gives it (typed, so it reaches only its builder). */
  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class CodeTable {
    @org.springframework.context.annotation.Bean
    ClientCustomizer<CriminalRecordClientBuilder> codes() {
      return b -> b.codeTable(CriminalRecordSimulator.codeTable());
    }
  }
}
