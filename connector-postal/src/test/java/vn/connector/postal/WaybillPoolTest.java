package vn.connector.postal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Waybill;

class WaybillPoolTest {

  /** A pooled in-memory H2: H2 opens a connection per getConnection otherwise. */
  static DataSource h2(String name) {
    return JdbcConnectionPool.create(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
  }

  static List<Waybill> numbers(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> Waybill.of(String.format("EB%09dVN", i)))
        .toList();
  }

  @Test
  void drawsEachNumberOnceAndTheSameAgainForTheSameOrder() {
    WaybillPool pool = WaybillPool.builder(h2("pool-once")).createSchema(true).build();
    assertThat(pool.load(numbers(3))).isEqualTo(3);
    Waybill a = pool.draw(OrderNumber.of("H22-1"));
    Waybill b = pool.draw(OrderNumber.of("H22-2"));
    assertThat(a).isNotEqualTo(b);
    assertThat(pool.draw(OrderNumber.of("H22-1"))).isEqualTo(a);
    assertThat(pool.drawnFor(OrderNumber.of("H22-2"))).contains(b);
    assertThat(pool.remaining()).isEqualTo(1);
  }

  @Test
  void loadingAgainNeitherDuplicatesNorFreesDrawnNumbers() {
    WaybillPool pool = WaybillPool.builder(h2("pool-reload")).createSchema(true).build();
    pool.load(numbers(2));
    Waybill drawn = pool.draw(OrderNumber.of("H22-1"));
    assertThat(pool.load(numbers(4))).isEqualTo(2);
    assertThat(pool.remaining()).isEqualTo(3);
    assertThat(pool.draw(OrderNumber.of("H22-1"))).isEqualTo(drawn);
  }

  @Test
  void saysWhenThePoolIsEmpty() {
    WaybillPool pool = WaybillPool.builder(h2("pool-empty")).createSchema(true).build();
    pool.load(numbers(1));
    pool.draw(OrderNumber.of("H22-1"));
    assertThatThrownBy(() -> pool.draw(OrderNumber.of("H22-2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no free number left");
  }

  @Test
  void twoNodesDrawingFromOneH2DatabaseNeverShareANumber() throws Exception {
    DataSource ds = h2("pool-nodes");
    WaybillPool node1 = WaybillPool.builder(ds).createSchema(true).build();
    WaybillPool node2 = WaybillPool.builder(ds).build();
    node1.load(numbers(1_000));
    assertThat(drawConcurrently(node1, node2, 1_000)).hasSize(1_000);
    assertThat(node1.remaining()).isZero();
  }

  /** Draws {@code total} numbers, half on each node, two threads each; the numbers drawn. */
  static Set<Waybill> drawConcurrently(WaybillPool node1, WaybillPool node2, int total)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    ConcurrentLinkedQueue<Waybill> drawn = new ConcurrentLinkedQueue<>();
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      WaybillPool node = t % 2 == 0 ? node1 : node2;
      int thread = t;
      work.add(
          threads.submit(
              () -> {
                for (int i = thread; i < total; i += 4) {
                  drawn.add(node.draw(OrderNumber.of("H22-" + i)));
                }
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    threads.shutdown();
    Set<Waybill> unique = new HashSet<>(drawn);
    assertThat(drawn).hasSize(total);
    return unique;
  }
}
