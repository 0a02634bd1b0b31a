package vn.connector.springboot.portal;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.connector.criminalrecord.CriminalRecordClientBuilder;
import vn.connector.criminalrecord.VneidInbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.outbox.OutboxListener;
import vn.connector.payment.PaymentListener;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.springboot.ClientCustomizer;
import vn.connector.springboot.ConnectorTransactions;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;

/**
 * A provincial portal as it would use the starter: its own beans only (a payment listener, the
 * VNeID inbox, its dossier service); every connector bean comes from application.yml.
 */
@SpringBootApplication
class PortalApplication {

  /** Payments the portal was told of, as a portal would mark its dossiers paid. */
  @Bean
  List<ConfirmOutcome.Applied> paidDossiers() {
    return new CopyOnWriteArrayList<>();
  }

  @Bean
  PaymentListener markPaid(List<ConfirmOutcome.Applied> paidDossiers) {
    return paidDossiers::add;
  }

  /** What the dispatcher delivered, so a test waits for an event instead of a clock. */
  @Bean
  BlockingQueue<OutboxItem> deliveredItems() {
    return new LinkedBlockingQueue<>();
  }

  @Bean
  OutboxListener recordDeliveries(BlockingQueue<OutboxItem> deliveredItems) {
    return new OutboxListener() {
      @Override
      public void delivered(OutboxItem item, int attempts, java.time.Duration age) {
        deliveredItems.add(item);
      }
    };
  }

  /**
   * The portal's copy of the ministry's code table (in production:
   * connector.criminal-record.codeTable).
   */
  @Bean
  ClientCustomizer<CriminalRecordClientBuilder> criminalRecordCodes() {
    return builder -> builder.codeTable(CriminalRecordSimulator.codeTable());
  }

  @Bean
  VneidInbox vneidInbox() {
    return VneidInbox.inMemory();
  }

  @Bean
  DossierService dossierService(
      JdbcTemplate jdbc,
      vn.connector.nationalportal.NationalPortalSync sync,
      ConnectorTransactions transactions) {
    return new DossierService(jdbc, sync, transactions);
  }
}
