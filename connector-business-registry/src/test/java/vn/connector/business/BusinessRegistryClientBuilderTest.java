package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;

class BusinessRegistryClientBuilderTest {

  @Test
  void requiresEndpointAndAuth() {
    assertThatThrownBy(() -> BusinessRegistryClient.builder().auth(Auth.none()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("endpoint is required");
    assertThatThrownBy(
            () ->
                BusinessRegistryClient.builder()
                    .endpoint(URI.create("https://ngsp.example.gov.vn"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("auth is required");
  }

  @Test
  void validatesEverySettingWhenSet() {
    BusinessRegistryClient.Builder b = BusinessRegistryClient.builder();
    assertThatThrownBy(() -> b.endpoint(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endpoint");
    assertThatThrownBy(() -> b.endpoint(URI.create("/relative")))
        .hasMessageStartingWith("endpoint:");
    assertThatThrownBy(() -> b.profile(null)).hasMessage("profile");
    assertThatThrownBy(() -> b.searchPageSize(0)).hasMessageStartingWith("searchPageSize:");
    assertThatThrownBy(() -> b.searchPageSize(51)).hasMessageStartingWith("searchPageSize:");
    assertThatThrownBy(() -> b.cache(Duration.ZERO, 10)).hasMessageStartingWith("ttl:");
    assertThatThrownBy(() -> b.cache(Duration.ofMinutes(1), 0))
        .hasMessageStartingWith("maxEntries:");
  }
}
