package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CallRequestIdTest {

  @Test
  void aFreshRequestIdIsARandomVersionFourUuid() {
    UUID id = UUID.fromString(Call.newRequestId());

    assertThat(id.version()).isEqualTo(4);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(Call.builder("population", "verify").build().requestId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void requestIdsDrawnOnManyThreadsAtOnceNeverRepeat() {
    Set<String> ids = ConcurrentHashMap.newKeySet();

    IntStream.range(0, 10_000).parallel().forEach(i -> ids.add(Call.newRequestId()));

    assertThat(ids).hasSize(10_000);
  }
}
