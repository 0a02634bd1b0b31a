package vn.connector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.connector.core.Call;

class RandomsTest {

  @Test
  void neverRepeatsAcrossThreads() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 40_000)
        .parallel()
        .forEach(
            i -> {
              byte[] b = new byte[16];
              Randoms.fill(b);
              assertThat(seen.add(java.util.HexFormat.of().formatHex(b))).isTrue();
            });
    assertThat(seen).hasSize(40_000);
  }

  @Test
  void fillsEveryByteNotJustSome() {
    // 4,000 draws of 16 bytes: each position takes many values, none stays zero
    java.util.List<Set<Byte>> values = new java.util.ArrayList<>();
    for (int i = 0; i < 16; i++) {
      values.add(new HashSet<>());
    }
    for (int n = 0; n < 4_000; n++) {
      byte[] b = new byte[16];
      Randoms.fill(b);
      for (int i = 0; i < b.length; i++) {
        values.get(i).add(b[i]);
      }
    }
    for (Set<Byte> v : values) {
      assertThat(v.size()).isGreaterThan(200);
    }
  }

  @Test
  void requestIdsAreVersionFourUuids() {
    String id = Call.newRequestId();
    assertThat(java.util.UUID.fromString(id).version()).isEqualTo(4);
    assertThat(java.util.UUID.fromString(id).variant()).isEqualTo(2);
  }
}
