package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;
import vn.connector.testkit.security.TestPki;

/**
 * What a competent hand-written client starts from: one pooled Apache HttpClient 5 classic client
 * per system (pool sized to the callers, per-route limit raised), Jackson's streaming parser, and a
 * token fetched once and cached until it expires.
 */
final class BaselineHttp {

  static final JsonFactory JSON = new JsonFactory();

  private BaselineHttp() {}

  /**
   * A pooled client; with a PKI, TLS trusting its root (and presenting the agency's certificate
   * when {@code mutual}). The user-token handler returns null so that client-certificate
   * connections go back into the pool as reusable, as HttpClient's documentation advises.
   */
  static CloseableHttpClient client(int pool, TestPki pki, boolean mutual) {
    var cm =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(pool)
            .setMaxConnPerRoute(pool)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.ofSeconds(5))
                    .setSocketTimeout(Timeout.ofSeconds(30))
                    .build());
    if (pki != null) {
      cm.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(pki, mutual)));
    }
    return HttpClients.custom()
        .setConnectionManager(cm.build())
        .setUserTokenHandler((route, context) -> null)
        .disableCookieManagement()
        .evictIdleConnections(org.apache.hc.core5.util.TimeValue.ofMinutes(1))
        .build();
  }

  static SSLContext sslContext(TestPki pki, boolean mutual) {
    try {
      var b =
          SSLContexts.custom()
              .loadTrustMaterial(
                  TestPki.trustStore(java.util.List.of(pki.rootCertificate())), null);
      if (mutual) {
        b.loadKeyMaterial(TestPki.keyStore("agency", pki.agency()), TestPki.PASSWORD.toCharArray());
      }
      return b.build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An OAuth2-style token: fetched on first use, refetched a minute before it expires. */
  static final class Token {
    private final CloseableHttpClient http;
    private final URI url;
    private final String headerName;
    private final String headerValue;
    private volatile String value;
    private volatile long expiresAtNanos;

    Token(CloseableHttpClient http, URI url, String headerName, String headerValue) {
      this.http = http;
      this.url = url;
      this.headerName = headerName;
      this.headerValue = headerValue;
    }

    String bearer() throws IOException {
      String v = value;
      if (v == null || System.nanoTime() > expiresAtNanos) {
        v = fetch();
      }
      return v;
    }

    private synchronized String fetch() throws IOException {
      if (value != null && System.nanoTime() <= expiresAtNanos) {
        return value;
      }
      HttpPost post = new HttpPost(url);
      post.setHeader("Accept", "application/json");
      post.setHeader(headerName, headerValue);
      post.setEntity(
          new StringEntity(
              "grant_type=client_credentials",
              ContentType.create("application/x-www-form-urlencoded")));
      String[] token = http.execute(post, BaselineHttp::readToken);
      expiresAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(token[1]) - 60);
      value = "Bearer " + token[0];
      return value;
    }
  }

  private static String[] readToken(ClassicHttpResponse response) throws IOException {
    ok(response);
    try (InputStream in = response.getEntity().getContent()) {
      return topFields(in, "access_token", "expires_in");
    }
  }

  /**
   * The text of two top-level fields of a JSON object answer (null where absent), other values
   * skipped: how each hand-written client reads its code and message.
   */
  static String[] topFields(InputStream in, String first, String second) throws IOException {
    String[] values = new String[2];
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals(first)) {
          values[0] = p.getText();
        } else if (name.equals(second)) {
          values[1] = p.getText();
        } else {
          p.skipChildren();
        }
      }
    }
    return values;
  }

  static void ok(ClassicHttpResponse response) throws IOException {
    if (response.getCode() != 200) {
      throw new IOException("HTTP " + response.getCode());
    }
  }
}
