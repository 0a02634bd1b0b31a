package vn.connector.core.internal;

import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import vn.connector.core.TlsSettings;

/**
 * The connection pool of one {@link ApacheClient}: TLS 1.2/1.3 against explicit anchors, host names
 * verified, bounded answer headers, idle connections validated before reuse.
 */
final class ConnectionPools {

  /**
   * The longest header line read (status line, each header, each chunk header). An RFC 9421 {@code
   * Signature-Input} of a few hundred bytes is normal; a 4 MB one took 105 s to refuse.
   */
  static final int MAX_HEADER_LINE = 16 * 1024;

  /** The most header fields in one answer; a national answer carries a dozen or two. */
  static final int MAX_HEADER_COUNT = 200;

  /**
   * A pooled connection idle longer than this is checked before reuse (a 1 ms read). Gateways close
   * idle keep-alive connections without notice; reusing one fails a call that is not idempotent (a
   * payment INIT) with NoHttpResponseException, and such a call cannot be resent.
   */
  static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofMilliseconds(500);

  /** The context attribute set when this execution opened a new TLS connection. */
  static final String FRESH_TLS = "vn.connector.core.freshTls";

  private ConnectionPools() {}

  static PoolingHttpClientConnectionManager create(
      TlsSettings tls, Duration connectTimeout, Duration responseTimeout, int maxConnections) {
    return PoolingHttpClientConnectionManagerBuilder.create()
        .setTlsSocketStrategy(tlsStrategy(tls))
        .setConnectionFactory(
            ManagedHttpClientConnectionFactory.builder()
                .http1Config(
                    Http1Config.custom()
                        .setMaxLineLength(MAX_HEADER_LINE)
                        .setMaxHeaderCount(MAX_HEADER_COUNT)
                        .build())
                .build())
        // LAX: leases and releases by compare-and-set on lock-free queues. STRICT's one pool lock,
        // taken twice per call, was contended by every caller: at 32 callers on two cores its
        // holder's preemption parked the others (issue 16). The per-route limit holds exactly
        // (LaxConnPool counts connections by compare-and-set); only a limit over all routes is
        // not kept, and each client talks to one gateway host.
        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
        // One national endpoint per client: the per-route limit must not stay at the default 2.
        .setMaxConnPerRoute(maxConnections)
        .setDefaultConnectionConfig(
            ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout))
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build())
        .build();
  }

  private static TlsSocketStrategy tlsStrategy(TlsSettings tls) {
    if (tls == null) {
      return ConnectionPools::refuseWithoutAnchors;
    }
    TlsSocketStrategy strict =
        new DefaultClientTlsStrategy(
            SslContexts.build(tls),
            new String[] {TLS.V_1_3.id, TLS.V_1_2.id},
            null,
            null,
            HostnameVerificationPolicy.BOTH,
            null);
    return (socket, target, port, attachment, context) -> {
      SSLSocket upgraded = strict.upgrade(socket, target, port, attachment, context);
      // TLS 1.3 reports a refused client certificate after the client finished its handshake,
      // often as a reset when the request is written: the sender must know the connection is new.
      context.setAttribute(FRESH_TLS, Boolean.TRUE);
      return upgraded;
    };
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
}
