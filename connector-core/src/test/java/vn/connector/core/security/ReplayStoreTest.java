package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The replay stores: shared between nodes, surviving restarts, atomic on PostgreSQL and H2. */
class ReplayStoreTest {

  static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");
  static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  static DataSource h2(String name) {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return db;
  }

  @Test
  void aReplaySentToAnotherNodeIsRefusedWhenTheNodesShareAJdbcStore() {
    DataSource db = h2("rest-nodes");
    HttpSignatureProfileTest fixture = new HttpSignatureProfileTest();
    HttpSignatureProfile nodeA = national(fixture, ReplayStore.jdbc(db, true));
    HttpSignatureProfile nodeB = national(fixture, ReplayStore.jdbc(db, true));
    HttpSignatureProfile separate = national(fixture, ReplayStore.inMemory());
    MessageParts request = HttpSignatureProfileTest.request(HttpSignatureProfileTest.BODY);
    MessageParts signed = request.withHeaders(fixture.portal.signRequest(request));

    assertThat(nodeA.verifyRequest(signed).valid()).isTrue();
    assertThat(nodeB.verifyRequest(signed).failedRule()).isEqualTo("nonce replayed");
    HttpSignatureProfile restarted = national(fixture, ReplayStore.jdbc(db, false));
    assertThat(restarted.verifyRequest(signed).failedRule()).isEqualTo("nonce replayed");
    // The reason to share: a node with its own memory accepts the same request once more.
    assertThat(separate.verifyRequest(signed).valid()).isTrue();
  }

  static HttpSignatureProfile national(HttpSignatureProfileTest fixture, ReplayStore store) {
    return HttpSignatureProfile.builder()
        .signer(
            Signer.of(
                fixture.nationalKeys.getPrivate(),
                SignatureAlgorithm.ECDSA_P256_SHA256,
                "national"))
        .trustedKeys(
            TrustedKeys.builder()
                .publicKey(
                    "portal", fixture.portalKeys.getPublic(), SignatureAlgorithm.ECDSA_P256_SHA256)
                .build())
        .clock(fixture.clock)
        .replayStore(store)
        .build();
  }

  @Test
  void anUnreachableStoreRefusesTheRequestInsteadOfAcceptingIt() {
    JdbcDataSource broken = new JdbcDataSource();
    // Nothing listens on port 1 of the loopback: every connection is refused.
    broken.setURL("jdbc:h2:tcp://127.0.0.1:1/replay");
    HttpSignatureProfileTest fixture = new HttpSignatureProfileTest();
    MessageParts request = HttpSignatureProfileTest.request(HttpSignatureProfileTest.BODY);
    MessageParts signed = request.withHeaders(fixture.portal.signRequest(request));

    assertThat(
            national(fixture, ReplayStore.jdbc(broken, false)).verifyRequest(signed).failedRule())
        .isEqualTo("replay store unavailable");
  }

  @Test
  void h2StoreForgetsAValueOnlyAfterItsTime() {
    forgetsOnlyAfterItsTime(ReplayStore.jdbc(h2("forget"), true));
  }

  @Test
  void postgresStoreForgetsAValueOnlyAfterItsTime() {
    forgetsOnlyAfterItsTime(ReplayStore.jdbc(postgres.getPostgresDatabase(), true));
  }

  @Test
  void inMemoryStoreForgetsAValueOnlyAfterItsTime() {
    forgetsOnlyAfterItsTime(ReplayStore.inMemory(10));
  }

  static void forgetsOnlyAfterItsTime(ReplayStore store) {
    Instant forgetAfter = T0.plusSeconds(300);
    assertThat(store.firstSeen("k1", "n1", forgetAfter, T0)).isTrue();
    assertThat(store.firstSeen("k1", "n1", forgetAfter, T0.plusSeconds(10))).isFalse();
    assertThat(store.firstSeen("k1", "n1", forgetAfter, forgetAfter)).isFalse();
    assertThat(store.firstSeen("k2", "n1", forgetAfter, T0)).isTrue();
    assertThat(store.firstSeen("k1", "n1", T0.plusSeconds(900), forgetAfter.plusMillis(1)))
        .isTrue();
    assertThat(store.firstSeen("k1", "n1", T0.plusSeconds(900), T0.plusSeconds(600))).isFalse();
  }

  @Test
  void postgresLetsExactlyOneOfManyNodesAcceptTheSameNonce() throws Exception {
    DataSource db = postgres.getPostgresDatabase();
    List<ReplayStore> nodes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      nodes.add(ReplayStore.jdbc(db, true));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (ReplayStore node : nodes) {
        Callable<Boolean> race =
            () -> {
              start.await();
              return node.firstSeen("portal", "race-nonce", T0.plusSeconds(300), T0);
            };
        results.add(pool.submit(race));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Boolean> result : results) {
        accepted += result.get() ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void inMemoryStoreRefusesWhenFullRatherThanForgetLiveValues() {
    ReplayStore store = ReplayStore.inMemory(1);
    assertThat(store.firstSeen("k", "a", T0.plusSeconds(300), T0)).isTrue();
    assertThatThrownBy(() -> store.firstSeen("k", "b", T0.plusSeconds(300), T0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replay cache full");
  }
}
