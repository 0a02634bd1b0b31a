package vn.connector.benchmarks.compare;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers each path with pre-built bytes (or, for the
 * secured routes, bytes signed per answer). Blocking sockets with one thread per connection: the
 * clients under test keep pooled connections open, so a connection is a caller, and a plain {@link
 * SSLServerSocket} lets us count TLS handshakes exactly with a {@code HandshakeCompletedListener},
 * which {@code com.sun.net.httpserver} does not expose.
 */
final class StubServer implements AutoCloseable {

  /** Answers one request; the returned bytes are the whole HTTP response. */
  interface Route {
    byte[] answer(StubRequest request);
  }

  /** With {@code -Dstub.dump=N}, the first N requests are printed, to compare clients' bytes. */
  private static final long DUMP = Long.getLong("stub.dump", 0);

  private final ServerSocket socket;
  private final Map<String, Route> routes;
  private final ExecutorService threads = Executors.newCachedThreadPool(StubServer::daemon);
  private final AtomicLong handshakes = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private volatile StubRequest last;

  private StubServer(ServerSocket socket, Map<String, Route> routes) {
    this.socket = socket;
    this.routes = Map.copyOf(routes);
    threads.execute(this::acceptLoop);
  }

  /** Plain HTTP. */
  static StubServer plain(Map<String, Route> routes) throws IOException {
    return new StubServer(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()), routes);
  }

  /** TLS with {@code tls}'s server certificate; {@code mutual} requires a client certificate. */
  static StubServer tls(Map<String, Route> routes, SSLContext tls, boolean mutual)
      throws IOException {
    SSLServerSocket server =
        (SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(0, 128, InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(mutual);
    return new StubServer(server, routes);
  }

  int port() {
    return socket.getLocalPort();
  }

  long handshakes() {
    return handshakes.get();
  }

  long connections() {
    return connections.get();
  }

  long requests() {
    return requests.get();
  }

  /** The latest request received, to compare what two clients sent. */
  StubRequest last() {
    return last;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.incrementAndGet();
        if (client instanceof SSLSocket tlsSocket) {
          tlsSocket.addHandshakeCompletedListener(e -> handshakes.incrementAndGet());
        }
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        // closed: the loop ends
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(client.getInputStream(), 16 * 1024);
      OutputStream out = client.getOutputStream();
      StubRequest request;
      while ((request = StubRequest.read(in)) != null) {
        if (requests.incrementAndGet() <= DUMP) {
          System.err.println("stub request: " + request.describe());
        }
        last = request;
        Route route = routes.get(request.path());
        out.write(route == null ? Answers.status(404, "no route") : route.answer(request));
        out.flush();
        if (request.closeAfter()) {
          return;
        }
      }
    } catch (SocketException e) {
      // the client closed its pooled connection
    } catch (IOException | RuntimeException e) {
      System.err.println("stub: " + e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "stub");
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
