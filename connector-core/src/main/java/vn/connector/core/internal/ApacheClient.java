package vn.connector.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
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

  /** Refuse answers larger than this (no national answer is): it protects the heap. */
  private static final int DEFAULT_MAX_BODY = 64 * 1024 * 1024;

  private final int maxBody;
  private final CloseableHttpClient client;
  private final PoolingHttpClientConnectionManager pool;

  /**
   * @param tls null for none: plain HTTP only
   */
  public ApacheClient(
      TlsSettings tls, Duration connectTimeout, Duration responseTimeout, int maxConnections) {
    this(tls, connectTimeout, responseTimeout, maxConnections, DEFAULT_MAX_BODY);
  }

  /**
   * @param maxBody the largest answer read, in bytes; a larger one is refused
   */
  public ApacheClient(
      TlsSettings tls,
      Duration connectTimeout,
      Duration responseTimeout,
      int maxConnections,
      int maxBody) {
    this.maxBody = maxBody;
    TlsSocketStrategy tlsStrategy =
        tls == null
            ? ApacheClient::refuseWithoutAnchors
            : new DefaultClientTlsStrategy(
                SslContexts.build(tls),
                new String[] {TLS.V_1_3.id, TLS.V_1_2.id},
                null,
                null,
                HostnameVerificationPolicy.BOTH,
                null);
    this.pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setTlsSocketStrategy(tlsStrategy)
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
            .setMaxConnTotal(maxConnections)
            // One national endpoint per client: the per-route limit must not stay at the default 2.
            .setMaxConnPerRoute(maxConnections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(connectTimeout))
                    .setSocketTimeout(Timeout.of(responseTimeout))
                    .build())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(responseTimeout))
                    .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                    .build())
            // Retries belong to the SDK's policy (same request id, Retry-After, deadline), not to
            // HttpClient.
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            // Client-certificate connections are marked stateful; without this, pooled mTLS
            // connections would never be reused (one handshake per request).
            .disableConnectionState()
            .build();
  }

  /**
   * security.md: national endpoints are trusted through explicit anchors, never silently through
   * the JVM's store. Without {@link TlsSettings}, plain HTTP works (simulators, a gateway on the
   * dedicated network) and HTTPS is refused with what to configure.
   */
  private static SSLSocket refuseWithoutAnchors(
      Socket socket, String target, int port, Object attachment, HttpContext context)
      throws SSLException {
    throw new SSLException(
        "https to "
            + target
            + " needs TLS settings: configure trust anchors "
            + "(TlsSettings.builder().trustAnchorsPem(...), or tls.trustAnchors) or call useJvmDefaultTrust()");
  }

  public HttpResponse send(HttpRequest request) throws IOException {
    HttpUriRequestBase out = new HttpUriRequestBase(request.method(), request.uri());
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      for (String v : h.getValue()) {
        // Headers go out exactly as given: a signature may cover Content-Type, and HttpClient
        // would otherwise re-format it (spaces, quotes, charset case) from the entity.
        out.addHeader(h.getKey(), v);
      }
    }
    if (request.hasBody()) {
      out.setEntity(new ByteArrayEntity(request.body(), null));
    }
    return client.execute(
        out,
        response -> {
          Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
          for (Header h : response.getHeaders()) {
            headers
                .computeIfAbsent(h.getName(), k -> new java.util.ArrayList<>())
                .add(h.getValue());
          }
          byte[] body = read(response.getEntity());
          return new HttpResponse(response.getCode(), headers, body);
        });
  }

  private byte[] read(HttpEntity entity) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    try (InputStream in = entity.getContent()) {
      byte[] body = in.readNBytes(maxBody + 1);
      if (body.length > maxBody) {
        throw new AnswerTooLargeException(maxBody);
      }
      return body;
    }
  }

  /** An answer larger than the SDK reads: refused whole rather than cut short. */
  public static final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    AnswerTooLargeException(int limit) {
      super("answer exceeds " + limit + " bytes, the most the SDK reads");
    }
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
