package vn.connector.business;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.connector.business.Contexts.OFFICER;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.business.model.Enterprise;
import vn.connector.core.EnterpriseCode;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryProfilesTest {

  private static final EnterpriseCode ACTIVE =
      EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);

  @Test
  void callsTheAdapterFormAndMapsTheSameEnterprise(BusinessRegistrySimulator simulator) {
    Enterprise viaNgsp = find(simulator, GatewayProfile.NGSP, ACTIVE);
    Enterprise viaAdapter = find(simulator, GatewayProfile.LGSP_ADAPTER, ACTIVE);

    assertThat(viaAdapter).isEqualTo(viaNgsp);
    assertThat(
            simulator
                .wireMock()
                .findAll(
                    getRequestedFor(
                        urlEqualTo(
                            "/lgsp/adapter?category=chiTietDoanhNghiep&version=1.1&msdn=0100109106"))))
        .hasSize(1);
  }

  @Test
  void mapsTheProvincialGetEntCertShapeOntoTheSameEnterprise(BusinessRegistrySimulator simulator) {
    Enterprise viaNgsp = find(simulator, GatewayProfile.NGSP, ACTIVE);
    Enterprise provincial = find(simulator, GatewayProfile.PROVINCIAL_LGSP, ACTIVE);

    assertThat(provincial.lastAmendmentDate()).isNull();
    assertThat(provincial)
        .usingRecursiveComparison()
        .ignoringFields("lastAmendmentDate")
        .isEqualTo(viaNgsp);
    assertThat(
            simulator
                .wireMock()
                .findAll(
                    getRequestedFor(
                        urlEqualTo("/apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=0100109106"))))
        .hasSize(1);
  }

  @Test
  void readsBranchAndUnknownStatusFromTheProvincialVariant(BusinessRegistrySimulator simulator) {
    Enterprise branch =
        find(
            simulator,
            GatewayProfile.PROVINCIAL_LGSP,
            EnterpriseCode.parse(BusinessRegistrySimulator.BRANCH));
    Enterprise unknown =
        find(
            simulator,
            GatewayProfile.PROVINCIAL_LGSP,
            EnterpriseCode.parse(BusinessRegistrySimulator.UNKNOWN_STATUS));

    assertThat(branch.code().isBranch()).isTrue();
    assertThat(branch.businessLines())
        .singleElement()
        .satisfies(l -> assertThat(l.main()).isTrue());
    assertThat(unknown.status().id()).isEqualTo("9");
  }

  @Test
  void treatsNullGetEntCertAsNotFound(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client =
        simulator.clientBuilder(GatewayProfile.PROVINCIAL_LGSP).build()) {
      assertThat(
              client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.NOT_REGISTERED)))
          .isEmpty();
    }
  }

  private static Enterprise find(
      BusinessRegistrySimulator simulator, GatewayProfile profile, EnterpriseCode code) {
    try (BusinessRegistryClient client = simulator.clientBuilder(profile).build()) {
      return client.find(OFFICER, code).orElseThrow();
    }
  }
}
