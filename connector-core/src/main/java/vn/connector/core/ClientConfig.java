package vn.connector.core;

import java.net.URI;
import java.util.Locale;

/** Reads the shared {@code <system>.*} keys of {@link ClientBuilder#configure} into a builder. */
final class ClientConfig {

  private ClientConfig() {}

  static void apply(ClientBuilder<?> b, ConnectorConfig c) {
    String s = b.system();
    c.optional(s + ".endpoint").ifPresent(x -> b.endpoint(c.uri(s + ".endpoint")));
    durationKey(c, s, "connectTimeout").ifPresent(k -> b.connectTimeout(c.duration(k, null)));
    durationKey(c, s, "responseTimeout").ifPresent(k -> b.responseTimeout(c.duration(k, null)));
    durationKey(c, s, "maxConnections")
        .ifPresent(
            k -> b.maxConnections(c.integer(k, HttpTransport.Builder.DEFAULT_MAX_CONNECTIONS)));
    retry(c, s).ifPresent(b::retryPolicy);
    c.tls().ifPresent(b::tls);
    if (c.optional(s + ".dedicatedNetwork").isPresent()) {
      b.dedicatedNetwork(c.flag(s + ".dedicatedNetwork", false));
    }
    c.optional(s + ".auth").ifPresent(scheme -> b.auth(auth(c, s, scheme)));
    if (c.flag(s + ".secured", false)) {
      b.configureSecured(c);
    }
  }

  /** {@code <s>.<name>} when set, else {@code http.<name>} when set. */
  private static java.util.Optional<String> durationKey(ConnectorConfig c, String s, String name) {
    if (c.optional(s + "." + name).isPresent()) {
      return java.util.Optional.of(s + "." + name);
    }
    return c.optional("http." + name).map(v -> "http." + name);
  }

  private static java.util.Optional<RetryPolicy> retry(ConnectorConfig c, String s) {
    String p = s + ".retry.";
    if (c.optional(p + "maxAttempts").isEmpty()
        && c.optional(p + "deadline").isEmpty()
        && c.optional(p + "maxRetryAfter").isEmpty()) {
      return java.util.Optional.empty();
    }
    RetryPolicy d = RetryPolicy.defaults();
    return java.util.Optional.of(
        RetryPolicy.builder()
            .maxAttempts(c.integer(p + "maxAttempts", d.maxAttempts()))
            .deadline(c.duration(p + "deadline", d.deadline()))
            .maxRetryAfter(c.duration(p + "maxRetryAfter", d.maxRetryAfter()))
            .build());
  }

  static Auth auth(ConnectorConfig c, String s, String scheme) {
    switch (scheme.strip().toLowerCase(Locale.ROOT)) {
      case "none":
        return Auth.none();
      case "static-bearer":
        return Auth.staticBearer(c.secret(s + ".token"));
      case "oauth2-client-credentials":
        return Auth.oauth2ClientCredentials(
            c.uri(s + ".tokenUrl"), c.string(s + ".consumerKey"), c.secret(s + ".consumerSecret"));
      case "token-type-header":
        return Auth.tokenTypeHeader(
            c.uri(s + ".tokenUrl"), c.string(s + ".consumerKey"), c.secret(s + ".consumerSecret"));
      case "access-token-header":
        return Auth.accessTokenHeader(
            c.uri(s + ".tokenUrl"), c.string(s + ".consumerKey"), c.secret(s + ".consumerSecret"));
      case "lgsp-access-token":
        return Auth.lgspAccessToken(
            c.uri(s + ".tokenUrl"),
            new LgspCredentials(
                c.string(s + ".lgsp.accessKey"),
                c.secret(s + ".lgsp.secretKey"),
                c.string(s + ".lgsp.appName"),
                c.string(s + ".lgsp.partnerCode"),
                c.string(s + ".lgsp.partnerCodeCus")));
      case "body-auth-key":
        return Auth.bodyAuthKey(c.secret(s + ".authKey"));
      default:
        throw new IllegalArgumentException(
            s
                + ".auth: must be none, static-bearer, oauth2-client-credentials, token-type-header,"
                + " access-token-header, lgsp-access-token or body-auth-key, was "
                + scheme);
    }
  }

  /** A typo must not silently drop TLS, tokens and mutual TLS (issue 17). */
  static void refusePlainHttp(URI endpoint, HttpTransport.Builder b) {
    if (b.tls != null && !b.dedicatedNetwork && "http".equalsIgnoreCase(endpoint.getScheme())) {
      throw new IllegalStateException(
          "endpoint: http:// with TLS settings configured; use https, or declare the endpoint on"
              + " the dedicated network with dedicatedNetwork(true)");
    }
  }
}
