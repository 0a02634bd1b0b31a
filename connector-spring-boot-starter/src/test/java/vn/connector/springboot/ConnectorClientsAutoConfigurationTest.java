package vn.connector.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.core.ConnectorConfig;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.payment.PaymentClient;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationClientBuilder;

class ConnectorClientsAutoConfigurationTest {

  /** A direct C06 set-up; nothing is called while the context starts. */
  private static final String[] POPULATION = {
    "connector.population.profile=direct",
    "connector.population.endpoint=https://c06.example.gov.vn/api",
    "connector.population.serviceCode=VPCP",
    "connector.population.integrationCode=037",
    "connector.population.user=tinh-h22",
    "connector.population.secret=bi-mat",
    "connector.population.apiKey=khoa-api",
    "connector.population.auth.xRoadClient=VN/GOV/000.00.01.H22/MOTCUA"
  };

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ConnectorClientsAutoConfiguration.class));

  @Test
  void createsNoClientWhileNoSystemIsConfigured() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ConnectorConfig.class);
          assertThat(context)
              .doesNotHaveBean(PopulationClient.class)
              .doesNotHaveBean(PaymentClient.class)
              .doesNotHaveBean(BusinessRegistryClient.class)
              .doesNotHaveBean(NationalPortalClient.class);
        });
  }

  @Test
  void createsOneSharedClientForAConfiguredSystem() {
    runner
        .withPropertyValues(POPULATION)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PopulationClient.class);
              assertThat(context.getBean(PopulationClient.class))
                  .isSameAs(context.getBean(PopulationClient.class));
              assertThat(context).doesNotHaveBean(PaymentClient.class);
              assertThat(context.getBean(ConnectorHealth.class).statuses())
                  .containsOnlyKeys("population");
            });
  }

  @Test
  void readsTheKeysAsConnectorConfigSpellsThem() {
    runner
        .withPropertyValues(POPULATION)
        .withPropertyValues("connector.national-portal.statusMapping.DA_KY_DUYET=9")
        .run(
            context -> {
              ConnectorConfig config = context.getBean(ConnectorConfig.class);
              assertThat(config.string("population.serviceCode")).isEqualTo("VPCP");
              assertThat(config.string("population.auth.xRoadClient"))
                  .isEqualTo("VN/GOV/000.00.01.H22/MOTCUA");
              assertThat(config.string("national-portal.statusMapping.DA_KY_DUYET")).isEqualTo("9");
            });
  }

  @Test
  void keepsThePortalsOwnClient() {
    runner
        .withPropertyValues(POPULATION)
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PopulationClient.class);
              assertThat(context.getBean(PopulationClient.class))
                  .isSameAs(context.getBean(OwnClient.class).client);
            });
  }

  @Test
  void appliesThePortalsCustomizersToTheBuilder() {
    runner
        .withPropertyValues(POPULATION)
        .withUserConfiguration(Customizing.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(PopulationClient.class);
              assertThat(context.getBean(Customizing.class).calls).hasValue(1);
            });
  }

  @Test
  void leavesOutAConnectorMissingFromTheClassPath() {
    runner
        .withPropertyValues(POPULATION)
        .withClassLoader(new FilteredClassLoader(PopulationClient.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("populationClient"));
  }

  @Test
  void failsAtStartUpNamingTheKeyAtFault() {
    runner
        .withPropertyValues(POPULATION)
        .withPropertyValues("connector.population.endpoint=c06.example.gov.vn")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageStartingWith("population.endpoint"));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    final PopulationClient client =
        PopulationClient.builder()
            .endpoint(java.net.URI.create("https://lgsp.example.gov.vn/c06"))
            .serviceCode("VPCP")
            .integrationCode("037")
            .auth(vn.connector.core.Auth.none())
            .build();

    @Bean
    PopulationClient myPopulationClient() {
      return client;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizing {
    final AtomicInteger calls = new AtomicInteger();

    @Bean
    ClientCustomizer<PopulationClientBuilder> countCalls() {
      return builder -> calls.incrementAndGet();
    }
  }
}
