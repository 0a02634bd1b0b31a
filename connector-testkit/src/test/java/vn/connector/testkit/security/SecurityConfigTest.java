package vn.connector.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.WsSecurityProfile;

/**
 * Both sides of the profile configured from {@code security.*} keys and exported test PKI files.
 */
class SecurityConfigTest {

  @Test
  void buildsBothSidesFromSecurityKeys(@TempDir Path dir) {
    TestPki.generate().writeTo(dir);
    ConnectorConfig portal =
        ConnectorConfig.of(
            Map.of(
                "security.signingPkcs12", dir.resolve("agency.p12").toString(),
                "security.signingPkcs12Password", TestPki.PASSWORD,
                "security.trustAnchors", dir.resolve("root-ca.pem").toString(),
                "security.peerCertificates", dir.resolve("national-cert.pem").toString()));
    ConnectorConfig national =
        ConnectorConfig.of(
            Map.of(
                "security.signingKeyPem", dir.resolve("national-key.pem").toString(),
                "security.signingChainPem", dir.resolve("national-chain.pem").toString(),
                "security.trustAnchors", dir.resolve("root-ca.pem").toString(),
                "security.peerCertificates", dir.resolve("agency-cert.pem").toString(),
                "security.clockSkew", "PT2M"));
    HttpSignatureProfile portalSide = HttpSignatureProfile.builder(portal).build();
    HttpSignatureProfile nationalSide = HttpSignatureProfile.builder(national).build();

    MessageParts request =
        MessageParts.request(
            "POST",
            URI.create("https://localhost/api"),
            Map.of("X-Request-Id", "r-1", "Content-Type", "application/json"),
            "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            nationalSide
                .verifyRequest(request.withHeaders(portalSide.signRequest(request)))
                .valid())
        .isTrue();
    MessageParts response =
        MessageParts.response(
            200,
            Map.of("X-Request-Id", "r-1", "Content-Type", "application/json"),
            "{\"ok\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(
            portalSide
                .verifyResponse(response.withHeaders(nationalSide.signResponse(response)), "r-1")
                .valid())
        .isTrue();

    byte[] envelope =
        ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><x/></s:Body></s:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(
            WsSecurityProfile.builder(national)
                .build()
                .verify(WsSecurityProfile.builder(portal).build().sign(envelope))
                .valid())
        .isTrue();
  }

  @Test
  void namesTheMissingKey() {
    assertThatThrownBy(() -> HttpSignatureProfile.builder(ConnectorConfig.of(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("security.signingKeyPem");
  }
}
