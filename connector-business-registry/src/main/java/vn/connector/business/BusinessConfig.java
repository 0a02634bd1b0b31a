package vn.connector.business;

import java.time.Duration;
import java.util.Locale;
import vn.connector.core.Auth;
import vn.connector.core.ConnectorConfig;

/** The business registry's own {@code business.*} keys; the shared ones are core's. */
final class BusinessConfig {

  private BusinessConfig() {}

  static void apply(BusinessRegistryClient.Builder b, ConnectorConfig c) {
    c.optional("business.profile").ifPresent(p -> b.profile(profile(p)));
    if (c.optional("business.auth").isEmpty() && c.optional("business.tokenUrl").isPresent()) {
      b.auth(
          Auth.oauth2ClientCredentials(
              c.uri("business.tokenUrl"),
              c.string("business.consumerKey"),
              c.secret("business.consumerSecret")));
    }
    if (!c.flag("business.cache", true)) {
      b.noCache();
    } else if (c.optional("business.cacheTtl").isPresent()
        || c.optional("business.cacheMaxEntries").isPresent()) {
      b.cache(
          c.duration("business.cacheTtl", Duration.ofMinutes(10)),
          c.integer("business.cacheMaxEntries", 1_000));
    }
    c.optional("business.searchPageSize")
        .ifPresent(x -> b.searchPageSize(c.integer("business.searchPageSize", 20)));
  }

  static GatewayProfile profile(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return GatewayProfile.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "business.profile: must be NGSP, LGSP_ADAPTER or PROVINCIAL_LGSP, was " + text, e);
    }
  }
}
