package vn.connector.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.IdleConnectionEvictor;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.TlsSettings;

/**
 * One Apache HttpClient 5 (classic) with its own pooled connection manager. Every send is cut at
 * the time its call has left: pool lease, connect and each read get per-request timeouts no longer
 * than that, and a timer aborts the exchange (closing its connection) when the time is up, so a
 * server trickling one byte at a time cannot hold a call past its deadline.
 */
public final class ApacheClient implements AutoCloseable {

  private final TlsSettings tls;
  private final boolean dedicatedNetwork;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final int maxBody;
  private final CloseableHttpClient client;
  private final PoolingHttpClientConnectionManager pool;
  private final IdleConnectionEvictor evictor;
  private final ResponseFactory responses;
  private final BodyAccess bodies;
  private final Duration longestTimeout;
  private final RequestConfig uncut;

  /** Pooled connections idle this long are closed (expired ones too, as they are found). */
  private static final TimeValue IDLE_EVICTION = TimeValue.ofSeconds(30);

  /**
   * Makes the {@link HttpResponse} of what was read: the transport's own factory takes the fresh
   * header map and body without copying them again (issue 16); {@code HttpResponse::new} copies.
   */
  @FunctionalInterface
  public interface ResponseFactory {
    /**
     * @param headers a fresh case-insensitive map of immutable lists, handed over
     * @param body the fresh body, handed over
     */
    HttpResponse make(int status, Map<String, List<String>> headers, byte[] body);
  }

  /**
   * @param tls null for none: plain HTTP only
   * @param maxBody the largest answer read, in bytes; a larger one is refused
   * @param dedicatedNetwork whether {@code http://} is meant although TLS settings are given
   * @param responses makes the responses handed back
   * @param bodies reads each request's body without copying it
   */
  public ApacheClient(
      TlsSettings tls,
      Duration connectTimeout,
      Duration responseTimeout,
      int maxConnections,
      int maxBody,
      boolean dedicatedNetwork,
      ResponseFactory responses,
      BodyAccess bodies) {
    this.responses = responses;
    this.bodies = bodies;
    this.longestTimeout =
        connectTimeout.compareTo(responseTimeout) > 0 ? connectTimeout : responseTimeout;
    this.tls = tls;
    this.dedicatedNetwork = dedicatedNetwork;
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
    this.maxBody = maxBody;
    this.uncut = config(Timeout.of(longestTimeout));
    this.pool = ConnectionPools.create(tls, connectTimeout, responseTimeout, maxConnections);
    // The minimal client: no exec chain of auth, redirects, cookies, retries or compression, all of
    // which the SDK does itself or refuses (auth, retries with the same request id, no redirects to
    // follow, no cookies), and none of the per-request work they cost (ProtocolExec alone parsed
    // each request's path into a URIBuilder, 8-10% of a call: issue 16). Connections are reused
    // whatever the client certificate (it passes no user token), and compressed answers are
    // decoded as before by ContentCoding.
    this.client = HttpClients.createMinimal(pool);
    this.evictor = new IdleConnectionEvictor(pool, TimeValue.ofSeconds(10), IDLE_EVICTION);
    evictor.start();
    WireLogWarning.checkOnce();
  }

  /** Sends with the default response timeout as the only bound (no call deadline). */
  public HttpResponse send(HttpRequest request) throws IOException {
    return send(request, responseTimeout.plus(connectTimeout).multipliedBy(2));
  }

  /**
   * Sends and reads the whole answer within {@code timeLeft}.
   *
   * @throws DeadlineExceededException when the time is up first
   */
  public HttpResponse send(HttpRequest request, Duration timeLeft) throws IOException {
    refusePlainHttp(request);
    if (timeLeft.isNegative() || timeLeft.isZero()) {
      throw new DeadlineExceededException(null);
    }
    HttpUriRequestBase out = outbound(request, timeLeft);
    HttpClientContext context = HttpClientContext.create();
    Deadlines.Watch abort = Deadlines.abortAfter(out, timeLeft);
    try {
      return exchange(HttpHost.create(request.uri()), out, context);
    } catch (UnreadableAnswerException e) {
      throw e;
    } catch (IOException e) {
      if (out.isCancelled()) {
        throw new DeadlineExceededException(e);
      }
      IOException cause = tlsRefusal(context, e);
      if (cause instanceof MessageConstraintException || cause instanceof ClientProtocolException) {
        // Headers past the limits, or not HTTP at all: the answer is broken, not the network.
        throw new UnreadableAnswerException("unreadable answer: " + cause.getMessage(), cause);
      }
      throw cause;
    } finally {
      abort.close();
    }
  }

  private HttpResponse exchange(HttpHost target, HttpUriRequestBase out, HttpClientContext context)
      throws IOException {
    ClassicHttpResponse response;
    try {
      response = client.executeOpen(target, out, context);
    } catch (IOException e) {
      throw new BeforeAnswerException(e);
    }
    try (response) {
      HttpEntity entity = ContentCoding.decoded(response);
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Header h : response.getHeaders()) {
        headers.merge(h.getName(), List.of(h.getValue()), ApacheClient::concat);
      }
      return responses.make(response.getCode(), headers, read(entity, out));
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private HttpUriRequestBase outbound(HttpRequest request, Duration timeLeft) {
    HttpUriRequestBase out = new HttpUriRequestBase(request.method(), request.uri());
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      for (String v : h.getValue()) {
        // Headers go out exactly as given: a signature may cover Content-Type, and HttpClient
        // would otherwise re-format it (spaces, quotes, charset case) from the entity.
        out.addHeader(h.getKey(), v);
      }
    }
    ContentCoding.accept(out);
    if (request.hasBody()) {
      // The request's own array: ByteArrayEntity only reads it, and the request never changes.
      out.setEntity(new ByteArrayEntity(bodies.body(request), null));
    }
    out.setConfig(requestConfig(timeLeft));
    return out;
  }

  /**
   * The timeouts of one send: the configured ones, each cut to the time the call has left. Most
   * sends have more time left than any timeout, and share one config made at construction.
   */
  private RequestConfig requestConfig(Duration timeLeft) {
    if (timeLeft.compareTo(longestTimeout) >= 0) {
      return uncut;
    }
    return config(Timeout.of(timeLeft));
  }

  @SuppressWarnings("deprecation") // per-request connect timeout: the pool's is fixed per route
  private RequestConfig config(Timeout left) {
    return RequestConfig.custom()
        .setConnectionRequestTimeout(min(left, responseTimeout))
        .setConnectTimeout(min(left, connectTimeout))
        .setResponseTimeout(min(left, responseTimeout))
        .build();
  }

  private static Timeout min(Timeout left, Duration configured) {
    return left.toMilliseconds() < configured.toMillis() ? left : Timeout.of(configured);
  }

  private void refusePlainHttp(HttpRequest request) throws PlainHttpRefusedException {
    if (tls != null && !dedicatedNetwork && "http".equalsIgnoreCase(request.uri().getScheme())) {
      throw new PlainHttpRefusedException(request.uri().getAuthority());
    }
  }

  private IOException tlsRefusal(HttpClientContext context, IOException e) {
    IOException cause = e instanceof BeforeAnswerException b ? b.getCause() : e;
    boolean fresh = Boolean.TRUE.equals(context.getAttribute(ConnectionPools.FRESH_TLS));
    // A reset or a close without an answer, on a connection whose handshake just ended; a timeout
    // is not a refusal (the server may only be slow).
    boolean closed = cause instanceof SocketException || cause instanceof NoHttpResponseException;
    if (fresh && e instanceof BeforeAnswerException && closed) {
      return new TlsRefusedException(cause);
    }
    return cause;
  }

  private byte[] read(HttpEntity entity, HttpUriRequestBase out) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    if (entity.getContentLength() > maxBody) {
      out.cancel(); // closes the connection: never drain what is refused
      throw new AnswerTooLargeException(maxBody);
    }
    InputStream in = entity.getContent();
    long length = entity.getContentLength();
    if (length >= 0) {
      return readDeclared(in, (int) length);
    }
    byte[] body = in.readNBytes(maxBody + 1);
    if (body.length > maxBody) {
      out.cancel();
      throw new AnswerTooLargeException(maxBody);
    }
    return body;
  }

  /**
   * A body of declared length, read into an array of that size: {@code readNBytes(limit)} would
   * fill 8 KB chunks and copy them (a sixth of a verification's allocation). HttpClient's stream
   * ends at the declared length and fails on a shorter body, so the array is never cut short.
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int read = in.readNBytes(body, 0, length);
    if (read < length) {
      throw new ConnectionClosedException(
          "answer body ended after " + read + " of its " + length + " declared bytes");
    }
    return body;
  }

  /** An answer that arrived but cannot be read: refused, never retried. */
  public static class UnreadableAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableAnswerException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** An answer larger than the SDK reads: refused whole rather than cut short. */
  public static final class AnswerTooLargeException extends UnreadableAnswerException {
    private static final long serialVersionUID = 1L;

    AnswerTooLargeException(int limit) {
      super("answer exceeds " + limit + " bytes, the most the SDK reads", null);
    }
  }

  /** The call's deadline passed during this send; the exchange was aborted. */
  public static final class DeadlineExceededException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException(IOException cause) {
      super("the call's deadline passed");
      if (cause != null) {
        initCause(cause);
      }
    }
  }

  /**
   * A new TLS connection reset or closed before any answer: the server refused the handshake (TLS
   * 1.3 sends its alert after the client has finished and begun writing, and the reset that follows
   * may destroy it). An SSLException: never retried. A server that closes brand-new connections for
   * another reason is taken for a refusal too, which only costs a retry.
   */
  public static final class TlsRefusedException extends SSLException {
    private static final long serialVersionUID = 1L;

    TlsRefusedException(IOException cause) {
      super(
          "the server refused the TLS handshake (" + cause.getClass().getSimpleName() + ")", cause);
    }
  }

  /** {@code http://} with TLS settings configured and no dedicated-network declaration. */
  public static final class PlainHttpRefusedException extends SSLException {
    private static final long serialVersionUID = 1L;

    PlainHttpRefusedException(String authority) {
      super(
          "http://"
              + authority
              + " refused: TLS settings are configured, so plain HTTP is taken for a typo; "
              + "declare the endpoint on the dedicated network (dedicatedNetwork(true)) if meant");
    }
  }

  /** Marks a failure before any answer header arrived. */
  private static final class BeforeAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    BeforeAnswerException(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Connections currently open in the pool (leased + available), for tests and metrics. */
  public int openConnections() {
    var stats = pool.getTotalStats();
    return stats.getLeased() + stats.getAvailable();
  }

  @Override
  public void close() {
    evictor.shutdown();
    try {
      client.close();
    } catch (IOException e) {
      // Closing frees sockets; a failure to close one has nothing left to report to.
    }
  }
}
