package vn.connector.testkit.population;

import java.util.Objects;

/**
 * Test credentials the population simulator accepts. Made-up values for loopback tests only; the
 * defaults are printed by the standalone runner.
 *
 * @param user c06-signed-basic user
 * @param secret c06-signed-basic shared secret
 * @param apiKey the {@code ApiKey} header
 * @param xRoadClient the {@code X-Road-Client} header expected on direct calls
 * @param lgspAccessKey LGSP AccessKey; the LGSP SecretKey is {@code lgspSecretKey}
 */
public record Credentials(
    String user,
    String secret,
    String apiKey,
    String xRoadClient,
    String lgspAccessKey,
    String lgspSecretKey,
    String lgspAppName,
    String lgspPartnerCode,
    String lgspPartnerCodeCus) {

  public Credentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(xRoadClient, "xRoadClient");
    Objects.requireNonNull(lgspAccessKey, "lgspAccessKey");
    Objects.requireNonNull(lgspSecretKey, "lgspSecretKey");
    Objects.requireNonNull(lgspAppName, "lgspAppName");
    Objects.requireNonNull(lgspPartnerCode, "lgspPartnerCode");
    Objects.requireNonNull(lgspPartnerCodeCus, "lgspPartnerCodeCus");
  }

  /** The default test credentials. */
  public static Credentials defaults() {
    return new Credentials(
        "portal-test",
        "c06-test-secret",
        "test-api-key",
        "VN/GOV/000.00.01.H56/portal",
        "lgsp-test-access",
        "lgsp-test-secret",
        "portal-test",
        "000.00.01.H56",
        "000.00.01.H56");
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", secrets=****]";
  }
}
