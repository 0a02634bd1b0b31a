package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxSmokeTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void deliversAnEnqueuedItem(String database) {
    DataSource ds = database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    Outbox outbox = Outbox.builder().dataSource(ds).createSchema(true).build();
    outbox.enqueue(OutboxItem.of("dvcqg", "K1", "status", "{\"a\":1}"));
    List<OutboxItem> got = new ArrayList<>();
    Dispatcher d =
        Dispatcher.builder(outbox)
            .deliverer(
                "dvcqg",
                "status",
                i -> {
                  got.add(i);
                  return DeliveryOutcome.delivered();
                })
            .build();
    assertThat(d.dispatchOnce()).isEqualTo(1);
    assertThat(got).extracting(OutboxItem::payload).containsExactly("{\"a\":1}");
    assertThat(outbox.report().deliveredLastHour()).isEqualTo(1);
  }
}
