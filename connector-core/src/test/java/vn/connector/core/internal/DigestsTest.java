package vn.connector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void givesTheJdksDigestForEachAlgorithmAndInput() throws Exception {
    for (String algorithm : new String[] {"SHA-256", "SHA-512"}) {
      for (String text : new String[] {"", "a", "Nguyễn Văn An", "x".repeat(70_000)}) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Digests.of(algorithm, input))
            .as("%s of %d bytes", algorithm, input.length)
            .isEqualTo(MessageDigest.getInstance(algorithm).digest(input));
      }
    }
  }

  @Test
  void aKeptInstanceCarriesNothingFromOneInputToTheNext() throws Exception {
    byte[] first = Digests.of("SHA-256", "first".getBytes(StandardCharsets.UTF_8));
    Digests.of("SHA-256", "something else between".getBytes(StandardCharsets.UTF_8));

    assertThat(Digests.of("SHA-256", "first".getBytes(StandardCharsets.UTF_8))).isEqualTo(first);
  }

  @Test
  void threadsDigestingAtOnceEachGetTheirOwnRightAnswer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        checks.add(
            pool.submit(
                () -> {
                  MessageDigest reference = MessageDigest.getInstance("SHA-256");
                  for (int i = 0; i < 2_000; i++) {
                    byte[] input = ("row " + seed + "/" + i).getBytes(StandardCharsets.UTF_8);
                    if (!MessageDigest.isEqual(
                        Digests.of("SHA-256", input), reference.digest(input))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnknownAlgorithmIsNamed() {
    assertThatThrownBy(() -> Digests.of("SHA-999", new byte[1]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SHA-999 unavailable");
  }
}
