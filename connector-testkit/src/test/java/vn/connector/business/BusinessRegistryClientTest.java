package vn.connector.business;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.business.Contexts.OFFICER;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.business.model.BusinessLine;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseForm;
import vn.connector.business.model.EnterpriseStatus;
import vn.connector.core.AuditEvent;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.ServiceException;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistryClientTest {

  @Test
  void findsEnterpriseWithEveryField(BusinessRegistryClient client) {
    Enterprise e =
        client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)).orElseThrow();

    assertThat(e.code().value()).isEqualTo("0100109106");
    assertThat(e.name()).isEqualTo("Tổng Công ty Viễn thông Thử nghiệm Hà Nội");
    assertThat(e.shortName()).isEqualTo("HTT");
    assertThat(e.foreignName()).isEqualTo("Hanoi Test Telecom Corporation");
    assertThat(e.status().kind()).isEqualTo(EnterpriseStatus.Kind.ACTIVE);
    assertThat(e.legalForm()).isEqualTo("Công ty trách nhiệm hữu hạn một thành viên");
    assertThat(e.foundingDate()).isEqualTo(LocalDate.of(2004, 5, 12));
    assertThat(e.lastAmendmentDate()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(e.numberOfChanges()).isEqualTo(12);
    assertThat(e.headOfficeAddress())
        .startsWith("Số 1 Giang Văn Minh")
        .endsWith("Thành phố Hà Nội");
    assertThat(e.representatives())
        .extracting(r -> r.name().value())
        .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường");
    assertThat(e.businessLines())
        .extracting(BusinessLine::vsicCode)
        .containsExactly("6110", "6120", "6201");
    assertThat(e.mainBusinessLine()).map(BusinessLine::vsicCode).contains("6110");
  }

  @Test
  void readsCountsSentAsStringsAndFlagsSentAsNumbers(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    Enterprise branch =
        client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.BRANCH)).orElseThrow();

    assertThat(
            simulator
                .wireMock()
                .findAll(
                    getRequestedFor(
                        urlEqualTo("/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106001"))))
        .hasSize(1);
    assertThat(branch.code().isBranch()).isTrue();
    assertThat(branch.numberOfChanges()).isEqualTo(2);
    assertThat(branch.foundingDate()).isEqualTo(LocalDate.of(2010, 3, 15));
    assertThat(branch.businessLines())
        .singleElement()
        .extracting(BusinessLine::main)
        .isEqualTo(true);
  }

  @Test
  void mapsEveryModelledStatus(BusinessRegistryClient client) {
    assertThat(statusOf(client, BusinessRegistrySimulator.SUSPENDED))
        .isEqualTo(EnterpriseStatus.Kind.SUSPENDED);
    assertThat(statusOf(client, BusinessRegistrySimulator.DISSOLVING))
        .isEqualTo(EnterpriseStatus.Kind.DISSOLVING);
    assertThat(statusOf(client, BusinessRegistrySimulator.DISSOLVED))
        .isEqualTo(EnterpriseStatus.Kind.DISSOLVED);
    assertThat(statusOf(client, BusinessRegistrySimulator.REVOKED))
        .isEqualTo(EnterpriseStatus.Kind.CERTIFICATE_REVOKED);
  }

  @Test
  void parsesUnknownStatusIdAsUnknownKeepingIdAndName(BusinessRegistryClient client) {
    EnterpriseStatus status =
        client
            .find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.UNKNOWN_STATUS))
            .orElseThrow()
            .status();

    assertThat(status.kind()).isEqualTo(EnterpriseStatus.Kind.UNKNOWN);
    assertThat(status.id()).isEqualTo("9");
    assertThat(status.name()).isEqualTo("Chờ xác minh thông tin");
    assertThat(status.isActive()).isFalse();
  }

  @Test
  void treatsHttp404AsNotFound(BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    Optional<Enterprise> found =
        client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.NOT_REGISTERED));

    assertThat(found).isEmpty();
    assertThat(simulator.apiCallCount()).isEqualTo(1);
  }

  @Test
  void treatsNullDataAsNotFound(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient adapter =
        simulator.clientBuilder(GatewayProfile.LGSP_ADAPTER).build()) {
      assertThat(
              adapter.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.NOT_REGISTERED)))
          .isEmpty();
    }
  }

  @Test
  void reportsGatewayNotFoundAsRefusalNotAsMissingEnterprise(BusinessRegistrySimulator simulator) {
    URI wrongBase = URI.create(simulator.baseUrl() + "/khong-co-api");
    try (BusinessRegistryClient client = simulator.clientBuilder().endpoint(wrongBase).build()) {
      assertThatThrownBy(
              () -> client.find(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> {
                assertThat(e.httpStatus()).hasValue(404);
                assertThat(e.hint())
                    .hasValueSatisfying(h -> assertThat(h.english()).contains("endpoint"));
              });
    }
  }

  @Test
  void rejectsEnterpriseCodeWithBadCheckDigitBeforeAnyRequest(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    assertThatThrownBy(
            () ->
                client.find(
                    OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.BAD_CHECK_DIGIT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("enterpriseCode:");

    assertThat(simulator.wireMock().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void requiresCallContextBecauseRepresentativesArePersonalData(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    assertThatThrownBy(
            () -> client.find(null, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("context:");
    assertThat(simulator.wireMock().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void servesSecondLookupFromCacheAndAuditsIt(BusinessRegistrySimulator simulator) {
    List<AuditEvent> events = new ArrayList<>();
    try (BusinessRegistryClient client =
        simulator.clientBuilder().auditListener(events::add).build()) {
      EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
      Enterprise first = client.find(OFFICER, code).orElseThrow();
      Enterprise second = client.find(OFFICER, code).orElseThrow();

      assertThat(second).isEqualTo(first);
      assertThat(simulator.apiCallCount()).isEqualTo(1);
      assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.context()).isEqualTo(OFFICER));
      assertThat(events.get(1).attempts()).isZero();
      assertThat(events.get(1).detail()).isEqualTo("CACHE_HIT");
    }
  }

  @Test
  void doesNotCacheNotFound(BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.NOT_REGISTERED);
    client.find(OFFICER, code);
    client.find(OFFICER, code);

    assertThat(simulator.apiCallCount()).isEqualTo(2);
  }

  @Test
  void sendsEveryLookupWhenCacheIsOff(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().noCache().build()) {
      EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
      client.find(OFFICER, code);
      client.find(OFFICER, code);
    }
    assertThat(simulator.apiCallCount()).isEqualTo(2);
  }

  @Test
  void prefillsFormWithStableKeys(BusinessRegistryClient client) {
    EnterpriseForm form =
        client
            .prefill(OFFICER, EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE))
            .orElseThrow();

    assertThat(form.asMap())
        .containsEntry("enterprise.code", "0100109106")
        .containsEntry("enterprise.name", "Tổng Công ty Viễn thông Thử nghiệm Hà Nội")
        .containsEntry("enterprise.representative", "Nguyễn Văn An")
        .containsEntry("enterprise.foundingDate", "2004-05-12")
        .containsEntry("enterprise.mainBusinessLine.code", "6110")
        .containsEntry("enterprise.status", "Đang hoạt động")
        .containsKeys("enterprise.address", "enterprise.legalForm", "enterprise.foreignName");
  }

  private static EnterpriseStatus.Kind statusOf(BusinessRegistryClient client, String code) {
    return client.find(OFFICER, EnterpriseCode.parse(code)).orElseThrow().status().kind();
  }
}
