package vn.connector.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.business.model.SearchPage;
import vn.connector.testkit.business.BusinessRegistryExtension;
import vn.connector.testkit.business.BusinessRegistrySimulator;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistrySearchTest {

  @Test
  void pagesThroughSearchResults(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().searchPageSize(3).build()) {
      SearchPage first = client.search(BusinessRegistrySimulator.SEARCH_TEXT, 1);
      SearchPage last = client.search(BusinessRegistrySimulator.SEARCH_TEXT, 3);

      assertThat(first.total()).isEqualTo(8);
      assertThat(first.items()).hasSize(3);
      assertThat(first.hasNext()).isTrue();
      assertThat(first.totalPages()).isEqualTo(3);
      assertThat(last.items()).hasSize(2);
      assertThat(last.hasNext()).isFalse();
    }
  }

  @Test
  void streamsEveryHitAcrossPagesLazily(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().searchPageSize(3).build()) {
      Stream<EnterpriseSummary> hits = client.searchAll("phần MỀM");
      assertThat(simulator.apiCallCount()).isZero();

      List<EnterpriseSummary> all = hits.collect(Collectors.toList());
      assertThat(all)
          .hasSize(8)
          .allSatisfy(h -> assertThat(h.name().toLowerCase()).contains("phần mềm"));
      assertThat(all.stream().map(h -> h.code().value()).distinct()).hasSize(8);
      assertThat(simulator.apiCallCount()).isEqualTo(3);
    }
  }

  @Test
  void stopsFetchingWhenTheStreamIsLimited(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client = simulator.clientBuilder().searchPageSize(3).build()) {
      assertThat(client.searchAll(BusinessRegistrySimulator.SEARCH_TEXT).limit(2)).hasSize(2);
    }
    assertThat(simulator.apiCallCount()).isEqualTo(1);
  }

  @Test
  void findsNothingForUnknownName(BusinessRegistryClient client) {
    SearchPage page = client.search("Không có doanh nghiệp nào tên này", 1);

    assertThat(page.total()).isZero();
    assertThat(page.items()).isEmpty();
    assertThat(client.searchAll("Không có doanh nghiệp nào tên này")).isEmpty();
  }

  @Test
  void searchesThroughTheLgspAdapter(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client =
        simulator.clientBuilder(GatewayProfile.LGSP_ADAPTER).build()) {
      assertThat(client.search("Thanh", 1).items())
          .extracting(h -> h.code().value())
          .contains("2801198348", "2800111270");
    }
  }

  @Test
  void rejectsBadSearchInputBeforeAnyRequest(
      BusinessRegistryClient client, BusinessRegistrySimulator simulator) {
    assertThatThrownBy(() -> client.search("  ", 1)).hasMessageStartingWith("name:");
    assertThatThrownBy(() -> client.search("Sông", 0)).hasMessageStartingWith("page:");
    assertThatThrownBy(() -> simulator.clientBuilder().searchPageSize(51))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("searchPageSize:");
    assertThat(simulator.apiCallCount()).isZero();
  }

  @Test
  void refusesSearchOnTheProvincialVariant(BusinessRegistrySimulator simulator) {
    try (BusinessRegistryClient client =
        simulator.clientBuilder(GatewayProfile.PROVINCIAL_LGSP).build()) {
      assertThatThrownBy(() -> client.search("Sông", 1))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
