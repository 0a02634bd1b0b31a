package vn.connector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.ConnectorConfig;

class RedactorTest {

  @Test
  void replacesEverySecretValueWhereverItAppears() {
    Redactor redactor =
        Redactor.of(
            ConnectorConfig.of(
                Map.of(
                    "business.consumerSecret", "s3cret-value",
                    "tls.clientPkcs12Password", "p12-pass",
                    "population.lgsp.secretKey", "lgsp-key-9",
                    "criminal-record.authKey", "auth-key-7")));

    String out =
        redactor.apply("a s3cret-value, p12-pass, lgsp-key-9 and auth-key-7 in one message");

    assertThat(out).isEqualTo("a ****, ****, **** and **** in one message");
  }

  @Test
  void leavesUrlsAndNamesOfKeysAlone() {
    Redactor redactor =
        Redactor.of(
            ConnectorConfig.of(
                Map.of(
                    "business.tokenUrl", "https://lgsp.example.gov.vn/token",
                    "business.consumerKey", "portal")));

    assertThat(redactor.apply("business.tokenUrl https://lgsp.example.gov.vn/token"))
        .isEqualTo("business.tokenUrl https://lgsp.example.gov.vn/token");
  }

  @Test
  void masksCitizenIdsAsTheSdkDoes() {
    assertThat(Redactor.none().apply("ID 001090012345 refused")).doesNotContain("001090012345");
  }
}
