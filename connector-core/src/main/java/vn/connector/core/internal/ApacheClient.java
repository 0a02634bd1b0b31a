package vn.connector.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.Timeout;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.TlsSettings;

/**
 * One Apache HttpClient 5 (classic) with its own pooled connection manager: TLS 1.2/1.3 against
 * explicit anchors, host names verified, pool sized for the configured concurrency.
 */
public final class ApacheClient implements AutoCloseable {

  /** Refuse answers larger than this: no national answer is, and it protects the heap. */
  private static final int MAX_BODY = 64 * 1024 * 1024;

  private final CloseableHttpClient client;
  private final PoolingHttpClientConnectionManager pool;

  public ApacheClient(TlsSettings tls, Duration connectTimeout, Duration responseTimeout, int maxConnections) {
    DefaultClientTlsStrategy tlsStrategy = new DefaultClientTlsStrategy(
        SslContexts.build(tls),
        new String[] {TLS.V_1_3.id, TLS.V_1_2.id},
        null,
        null,
        HostnameVerificationPolicy.BOTH,
        null);
    this.pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setTlsSocketStrategy(tlsStrategy)
        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
        .setMaxConnTotal(maxConnections)
        // One national endpoint per client: the per-route limit must not stay at the default 2.
        .setMaxConnPerRoute(maxConnections)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(connectTimeout))
            .setSocketTimeout(Timeout.of(responseTimeout))
            .build())
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(pool)
        .setDefaultRequestConfig(RequestConfig.custom()
            .setResponseTimeout(Timeout.of(responseTimeout))
            .setConnectionRequestTimeout(Timeout.of(responseTimeout))
            .build())
        // Retries belong to the SDK's policy (same request id, Retry-After, deadline), not to HttpClient.
        .disableAutomaticRetries()
        .disableRedirectHandling()
        .disableCookieManagement()
        // Client-certificate connections are marked stateful; without this, pooled mTLS
        // connections would never be reused (one handshake per request).
        .disableConnectionState()
        .build();
  }

  public HttpResponse send(HttpRequest request) throws IOException {
    HttpUriRequestBase out = new HttpUriRequestBase(request.method(), request.uri());
    String contentType = null;
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        contentType = h.getValue().get(0);
        continue;
      }
      for (String v : h.getValue()) {
        out.addHeader(h.getKey(), v);
      }
    }
    if (request.hasBody()) {
      out.setEntity(new ByteArrayEntity(request.body(),
          contentType == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.parseLenient(contentType)));
    } else if (contentType != null) {
      out.addHeader("Content-Type", contentType);
    }
    return client.execute(out, response -> {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Header h : response.getHeaders()) {
        headers.computeIfAbsent(h.getName(), k -> new java.util.ArrayList<>()).add(h.getValue());
      }
      byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity(), MAX_BODY);
      return new HttpResponse(response.getCode(), headers, body);
    });
  }

  /** Connections currently open in the pool (leased + available), for tests and metrics. */
  public int openConnections() {
    var stats = pool.getTotalStats();
    return stats.getLeased() + stats.getAvailable();
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // Closing frees sockets; a failure to close one has nothing left to report to.
    }
  }
}
