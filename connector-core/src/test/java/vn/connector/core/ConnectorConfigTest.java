package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorConfigTest {

  @Test
  void namesTheKeyAtFault() {
    ConnectorConfig config =
        ConnectorConfig.of(Map.of("http.responseTimeout", "30 seconds", "a.url", "relative/path"));

    assertThatThrownBy(() -> config.string("population.endpoint"))
        .hasMessageStartingWith("population.endpoint: missing");
    assertThatThrownBy(() -> config.duration("http.responseTimeout", Duration.ZERO))
        .hasMessageStartingWith("http.responseTimeout:");
    assertThatThrownBy(() -> config.uri("a.url")).hasMessageStartingWith("a.url:");
  }

  @Test
  void listsItsKeysSortedAndUnchangeable() {
    ConnectorConfig config =
        ConnectorConfig.of(Map.of("tls.trustAnchors", "a.pem", "b.endpoint", "x"));

    assertThat(config.keys()).containsExactly("b.endpoint", "tls.trustAnchors");
    assertThatThrownBy(() -> config.keys().add("c.endpoint"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void neverEchoesSecrets() {
    ConnectorConfig config = ConnectorConfig.of(Map.of("c06.secret", "hunter2"));
    assertThat(config.secret("c06.secret").toString()).isEqualTo("****");
    assertThat(config.toString()).doesNotContain("hunter2");
  }

  @Test
  void triesTheClientCertificateEvenWithoutOtherTlsKeysInsteadOfDroppingIt() {
    ConnectorConfig config =
        ConnectorConfig.of(
            Map.of("tls.clientKeyPem", "/etc/agency.key", "tls.clientChainPem", "/etc/agency.pem"));

    assertThatThrownBy(config::tls).hasMessageContaining("agency.key");
  }

  @Test
  void saysWhatIsWrongWithAUrlOnce() {
    ConnectorConfig config = ConnectorConfig.of(Map.of("a.url", "relative/path"));

    assertThatThrownBy(() -> config.uri("a.url"))
        .hasMessage("a.url: must be an absolute URL, such as https://lgsp.example.gov.vn/api");
    assertThatThrownBy(() -> config.uri("b.url")).hasMessageStartingWith("b.url: missing");
  }

  @Test
  void refusesANonNumericPoolSizeNamingTheKey() {
    ConnectorConfig config = ConnectorConfig.of(Map.of("http.maxConnections", "many"));

    assertThatThrownBy(config::transport).hasMessageStartingWith("http.maxConnections:");
  }
}
