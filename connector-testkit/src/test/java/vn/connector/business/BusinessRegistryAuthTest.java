package vn.connector.business;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.business.Contexts.OFFICER;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.Auth;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryAuthTest {

  private static final String DETAILS = "/apiCSDLDKDN/1.0/chiTietDoanhNghiep";

  @Test
  void refetchesExpiredTokenOnceAndSucceeds(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().noCache().build()) {
      client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE));
      simulator.expireTokens();
      simulator.reset();

      assertThat(client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.SUSPENDED)))
          .isPresent();

      var wire = simulator.wireMock();
      assertThat(wire.findAll(postRequestedFor(urlPathEqualTo("/token")))).hasSize(1);
      var calls = wire.findAll(getRequestedFor(urlPathEqualTo(DETAILS)));
      assertThat(calls).hasSize(2);
      Set<String> bearers = new HashSet<>();
      calls.forEach(r -> bearers.add(r.getHeader("Authorization")));
      assertThat(bearers).hasSize(2);
    }
  }

  @Test
  void surfacesSecond401AsTypedError(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().build()) {
      simulator.issueStaleTokens(true);

      assertThatThrownBy(
              () -> client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(401);
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.hint()).isPresent();
              });
      assertThat(simulator.wireMock().findAll(getRequestedFor(urlPathEqualTo(DETAILS)))).hasSize(2);
      assertThat(simulator.wireMock().findAll(postRequestedFor(urlPathEqualTo("/token"))))
          .hasSize(2);
    }
  }

  @Test
  void reportsRefusedConsumerSecretWithoutPrintingIt(BusinessRegistrySimulator simulator) {
    Auth wrong =
        Auth.oauth2ClientCredentials(
            simulator.tokenUrl(),
            BusinessRegistrySimulator.CONSUMER_KEY,
            Secret.of("not-the-secret-xyz"));
    try (BusinessRegistryClient client = simulator.clientBuilder().auth(wrong).build()) {
      assertThatThrownBy(
              () -> client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOf(ServiceException.class)
          .hasMessageNotContaining("not-the-secret-xyz");
      assertThat(simulator.apiCallCount()).isZero();
    }
  }
}
