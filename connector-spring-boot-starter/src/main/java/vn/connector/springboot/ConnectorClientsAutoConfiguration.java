package vn.connector.springboot;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.civilregistry.CivilRegistryClient;
import vn.connector.civilregistry.CivilRegistryClientBuilder;
import vn.connector.civilregistry.InterlinkedClient;
import vn.connector.civilregistry.InterlinkedClientBuilder;
import vn.connector.core.AuditListener;
import vn.connector.core.CallObserver;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.TlsSettings;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.CriminalRecordClientBuilder;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.NationalPortalClientBuilder;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationClientBuilder;
import vn.connector.postal.PostalClient;
import vn.connector.postal.PostalClientBuilder;

/**
 * One shared client per national system configured under {@code connector.<system>.*} (the keys of
 * {@link ConnectorConfig}), each only when its connector is on the class path and its system is
 * configured, each replaced by a bean of the portal's own of the same type.
 *
 * <pre>{@code
 * // application.yml
 * // connector:
 * //   population:
 * //     profile: direct
 * //     endpoint: https://c06.example.gov.vn/api
 * //     serviceCode: VPCP
 * //     ...
 * @Service
 * class Reception {
 *   private final PopulationClient population;   // the shared, auto-configured client
 *
 *   Reception(PopulationClient population) {
 *     this.population = population;
 *   }
 * }
 * }</pre>
 *
 * <p>A system counts as configured when its first key below is present: {@code
 * population.endpoint}, {@code business.endpoint}, {@code payment.initUrl}, {@code
 * postal.endpoint}, {@code civil-registry.endpoint}, {@code dvc-lien-thong.endpoint}, {@code
 * national-portal.style}, {@code criminal-record.endpoint}.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@Import(PaymentConfiguration.class)
public class ConnectorClientsAutoConfiguration {

  /** The {@code connector.*} properties as the SDK's configuration. */
  @Bean
  @ConditionalOnMissingBean
  ConnectorConfig connectorConfig(Environment environment) {
    return ConnectorEnvironment.config(environment);
  }

  @Bean
  @ConditionalOnMissingBean
  ConnectorHealth connectorHealth(ConnectorConfig config) {
    List<java.security.cert.X509Certificate> chain =
        config.tls().map(TlsSettings::clientChain).orElse(List.of());
    int threshold = config.integer(StarterKeys.HEALTH_FAILURE_THRESHOLD, 3);
    return new ConnectorHealth(Clock.systemUTC(), threshold, chain);
  }

  @Bean
  ClientFactory connectorClientFactory(
      ConnectorConfig config,
      ConnectorHealth health,
      ObjectProvider<AuditListener> audit,
      ObjectProvider<CallObserver> observers) {
    return new ClientFactory(
        config,
        health,
        audit.getIfAvailable(AuditListener::slf4j),
        observers.orderedStream().toList());
  }

  /** C06, the national population database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PopulationClient.class)
  @ConditionalOnProperty(prefix = "connector.population", name = "endpoint")
  static class Population {
    @Bean
    @ConditionalOnMissingBean
    PopulationClient populationClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<PopulationClientBuilder>> c) {
      return f.configure(PopulationClient.builder(), "population", c).build();
    }
  }

  /** The national business registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(BusinessRegistryClient.class)
  @ConditionalOnProperty(prefix = "connector.business", name = "endpoint")
  static class Business {
    @Bean
    @ConditionalOnMissingBean
    BusinessRegistryClient businessRegistryClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<BusinessRegistryClient.Builder>> c) {
      return f.configure(BusinessRegistryClient.builder(), "business", c).build();
    }
  }

  /** VNPost, the public postal service. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PostalClient.class)
  @ConditionalOnProperty(prefix = "connector.postal", name = "endpoint")
  static class Postal {
    @Bean
    @ConditionalOnMissingBean
    PostalClient postalClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<PostalClientBuilder>> c) {
      return f.configure(PostalClient.builder(), "postal", c).build();
    }
  }

  /** The civil registry (hộ tịch) of the Ministry of Justice. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(CivilRegistryClient.class)
  @ConditionalOnProperty(prefix = "connector.civil-registry", name = "endpoint")
  static class CivilRegistry {
    @Bean
    @ConditionalOnMissingBean
    CivilRegistryClient civilRegistryClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<CivilRegistryClientBuilder>> c) {
      return f.configure(CivilRegistryClient.builder(), "civil-registry", c).build();
    }
  }

  /** The national interlinked service (DVC liên thông), the civil registry's inbound side. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(InterlinkedClient.class)
  @ConditionalOnProperty(prefix = "connector.dvc-lien-thong", name = "endpoint")
  static class Interlinked {
    @Bean
    @ConditionalOnMissingBean
    InterlinkedClient interlinkedClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<InterlinkedClientBuilder>> c) {
      return f.configure(InterlinkedClient.builder(), "dvc-lien-thong", c).build();
    }
  }

  /** Cổng DVCQG, the national public-service portal. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(NationalPortalClient.class)
  @ConditionalOnProperty(prefix = "connector.national-portal", name = "style")
  static class NationalPortal {
    @Bean
    @ConditionalOnMissingBean
    NationalPortalClient nationalPortalClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<NationalPortalClientBuilder>> c) {
      return f.configure(NationalPortalClient.builder(), "national-portal", c).build();
    }
  }

  /** The criminal-record system (lý lịch tư pháp). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(CriminalRecordClient.class)
  @ConditionalOnProperty(prefix = "connector.criminal-record", name = "endpoint")
  static class CriminalRecord {
    @Bean
    @ConditionalOnMissingBean
    CriminalRecordClient criminalRecordClient(
        ClientFactory f, ObjectProvider<ClientCustomizer<CriminalRecordClientBuilder>> c) {
      return f.configure(CriminalRecordClient.builder(), "criminal-record", c).build();
    }
  }
}
