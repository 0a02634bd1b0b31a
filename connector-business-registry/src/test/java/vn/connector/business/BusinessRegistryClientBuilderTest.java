package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;

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

  @Test
  void configureReadsTheBusinessKeysAndRefusesTyposInThem() {
    Map<String, String> keys =
        Map.of(
            "business.endpoint", "https://ngsp.example.gov.vn",
            "business.profile", "lgsp-adapter",
            "business.tokenUrl", "https://ngsp.example.gov.vn/token",
            "business.consumerKey", "k",
            "business.consumerSecret", "s",
            "business.searchPageSize", "50");
    try (BusinessRegistryClient client =
        BusinessRegistryClient.builder().configure(ConnectorConfig.of(keys)).build()) {
      assertThat(client).isNotNull();
    }
    assertThatThrownBy(
            () ->
                BusinessRegistryClient.builder()
                    .configure(ConnectorConfig.of(Map.of("business.profile", "ngps"))))
        .hasMessageStartingWith("business.profile:");
    assertThatThrownBy(
            () ->
                BusinessRegistryClient.builder()
                    .configure(ConnectorConfig.of(Map.of("business.secured", "on"))))
        .hasMessageStartingWith("business.secured:");
  }
}
