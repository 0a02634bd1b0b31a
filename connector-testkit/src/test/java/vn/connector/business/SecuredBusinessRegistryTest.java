package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.business.Contexts.OFFICER;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.ServiceException;
import vn.connector.core.SignatureException;
import vn.connector.core.TlsSettings;
import vn.connector.core.security.EvidenceRecord;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/** The registry with the secured profile: HTTPS with the test CA, RFC 9421 both ways. */
class SecuredBusinessRegistryTest {

  static TestPki pki;
  static BusinessRegistrySimulator simulator;

  @BeforeAll
  static void start() {
    pki = TestPki.generate();
    simulator = BusinessRegistrySimulator.startSecured(pki);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void findsEnterpriseWithSignedRequestAndVerifiedAnswer() {
    List<EvidenceRecord> evidence = new CopyOnWriteArrayList<>();
    try (BusinessRegistryClient client =
        simulator.clientBuilder().noCache().evidenceListener(evidence::add).build()) {
      assertThat(client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isPresent();
    }
    assertThat(simulator.baseUrl().getScheme()).isEqualTo("https");
    assertThat(evidence)
        .singleElement()
        .satisfies(e -> assertThat(e.verification().valid()).isTrue());
  }

  @Test
  void refusesAnswerChangedAfterSigningAndReturnsNothing() {
    try (BusinessRegistryClient client = simulator.clientBuilder().noCache().build()) {
      simulator.nextSecurityFaults(SecurityFault.BODY_CHANGED_AFTER_SIGNING);

      assertThatThrownBy(
              () -> client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOfSatisfying(
              SignatureException.class,
              e -> assertThat(e.rule()).isEqualTo("content-digest mismatch"));
    }
  }

  @Test
  void simulatorRefusesUnsignedRequest() {
    try (BusinessRegistryClient unsigned =
        BusinessRegistryClient.builder()
            .endpoint(simulator.baseUrl())
            .auth(
                vn.connector.core.Auth.oauth2ClientCredentials(
                    simulator.tokenUrl(),
                    BusinessRegistrySimulator.CONSUMER_KEY,
                    vn.connector.core.Secret.of(BusinessRegistrySimulator.CONSUMER_SECRET)))
            .tls(TlsSettings.builder().trustAnchors(List.of(pki.rootCertificate())).build())
            .noCache()
            .build()) {
      assertThatThrownBy(
              () -> unsigned.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    }
  }
}
