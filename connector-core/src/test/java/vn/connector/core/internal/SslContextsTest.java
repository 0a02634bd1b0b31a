package vn.connector.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SslContextsTest {

  @Test
  void inMemoryKeyStorePasswordIsFreshRandomEveryTime() {
    char[] first = SslContexts.freshPassword();
    char[] second = SslContexts.freshPassword();

    assertThat(first).hasSize(32).isNotEqualTo(second).isNotEqualTo("in-memory".toCharArray());
    assertThat(new String(first)).matches("[0-9a-f]{32}");
  }
}
