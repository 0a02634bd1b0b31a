package vn.connector.springboot.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.connector.outbox.Outbox;
import vn.connector.outbox.OutboxItem;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/**
 * The same portal on a real PostgreSQL (embedded): the outbox item commits and rolls back with the
 * portal's own change in a {@code @Transactional} method, as on H2.
 */
@SpringBootTest(
    classes = PortalApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresPortalTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final EmbeddedPostgres POSTGRES = startPostgres();
  private static final NationalPortalSimulator PORTAL = NationalPortalSimulator.start();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    PORTAL.connectionInfo().forEach((k, v) -> registry.add("connector." + k, () -> v));
  }

  @AfterAll
  static void stop() throws IOException {
    PORTAL.close();
    POSTGRES.close();
  }

  @Autowired DossierService dossiers;
  @Autowired Outbox outbox;
  @Autowired BlockingQueue<OutboxItem> deliveredItems;

  @Test
  void deliversTheCommittedChangeAndNeverTheRolledBackOne() throws Exception {
    String rolledBack = Samples.code(21).value();
    assertThatThrownBy(() -> dossiers.receiveThenFail(Samples.received(21)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(dossiers.count(rolledBack)).isZero();

    dossiers.receive(Samples.received(22));

    OutboxItem delivered = deliveredItems.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(delivered).isNotNull();
    assertThat(delivered.key()).isEqualTo(Samples.code(22).value());
    assertThat(PORTAL.versions(Samples.code(22).value())).hasSize(1);
    assertThat(outbox.report().pending()).isZero();
    assertThat(PORTAL.versions(rolledBack)).isEmpty();
  }

  private static EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }
}
