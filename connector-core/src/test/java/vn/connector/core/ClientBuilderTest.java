package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.WireLogWarning;

/** The shared builder base as a connector extends it. */
class ClientBuilderTest {

  /** The smallest connector builder: only what the base gives. */
  static final class DemoBuilder extends ClientBuilder<DemoBuilder> {
    DemoBuilder() {
      super("demo");
    }

    HttpTransport.Builder shared() {
      return options();
    }

    URI endpointSet() {
      return endpoint();
    }
  }

  @Test
  void configureReadsTheSystemKeysFallingBackToTheHttpKeys() {
    DemoBuilder b =
        new DemoBuilder()
            .configure(
                ConnectorConfig.of(
                    Map.of(
                        "demo.endpoint", "https://lgsp.example.gov.vn/demo",
                        "demo.auth", "none",
                        "http.connectTimeout", "PT7S",
                        "demo.responseTimeout", "PT9S",
                        "demo.retry.maxAttempts", "5")));
    HttpTransport.Builder shared = b.shared();

    assertThat(b.endpointSet()).hasToString("https://lgsp.example.gov.vn/demo");
    assertThat(shared.connectTimeout).isEqualTo(Duration.ofSeconds(7));
    assertThat(shared.responseTimeout).isEqualTo(Duration.ofSeconds(9));
    assertThat(shared.retryPolicy.maxAttempts()).isEqualTo(5);
  }

  @Test
  void refusesATypoInASwitchThatGuardsSecurity() {
    assertThatThrownBy(
            () -> new DemoBuilder().configure(ConnectorConfig.of(Map.of("demo.secured", "yes"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("demo.secured:");
  }

  @Test
  void namesTheUnknownAuthScheme() {
    assertThatThrownBy(
            () -> new DemoBuilder().configure(ConnectorConfig.of(Map.of("demo.auth", "basic"))))
        .hasMessageStartingWith("demo.auth:");
  }

  @Test
  void requiresEndpointAndAuth() {
    assertThatThrownBy(() -> new DemoBuilder().endpointSet()).hasMessage("endpoint is required");
    assertThatThrownBy(() -> new DemoBuilder().shared()).hasMessageStartingWith("auth is required");
  }

  @Test
  void refusesPlainHttpWithTlsUnlessOnTheDedicatedNetwork() {
    DemoBuilder b =
        new DemoBuilder()
            .endpoint(URI.create("http://lgsp.example.gov.vn/demo"))
            .auth(Auth.none())
            .tls(TlsSettings.jvmDefault());
    assertThatThrownBy(b::shared).hasMessageContaining("dedicatedNetwork(true)");
    assertThat(b.dedicatedNetwork(true).shared()).isNotNull();
  }

  @Test
  void warnsOnceWhenHttpClientsWireLoggersAreAtDebug() {
    AtomicBoolean warned = new AtomicBoolean();
    StringBuilder out = new StringBuilder();

    boolean first = WireLogWarning.check(warned, n -> n.endsWith(".wire"), out::append);
    boolean second = WireLogWarning.check(warned, n -> true, out::append);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(out.toString()).contains("org.apache.hc.client5.http.wire", "credentials");
    assertThat(WireLogWarning.check(new AtomicBoolean(), n -> false, out::append)).isFalse();
  }
}
