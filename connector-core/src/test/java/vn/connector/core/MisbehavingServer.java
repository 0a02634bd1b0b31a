package vn.connector.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, one behaviour for every connection: hangs,
 * trickles, sends endless bodies or closes idle keep-alive connections. WireMock answers too well
 * for these tests.
 */
final class MisbehavingServer implements AutoCloseable {

  /** What the server does with one connection; it has read nothing of it yet. */
  @FunctionalInterface
  interface Behaviour {
    void serve(Connection connection) throws Exception;
  }

  /** One accepted connection. */
  final class Connection {
    private final InputStream in;
    private final OutputStream out;

    private Connection(Socket socket) throws IOException {
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    /** Reads one request (head and Content-Length body); false when the client closed first. */
    boolean readRequest() throws IOException {
      return MisbehavingServer.this.readRequest(in);
    }

    void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    void write(int b) throws IOException {
      out.write(b);
      out.flush();
    }

    /**
     * Writes {@code bytes} bytes one at a time, {@code every} apart on the wall clock: a server
     * that is slow without ever being silent for a read timeout. The pace is the misbehaviour under
     * test (a call's deadline is socket time), so it cannot come from an injected clock; it ends
     * early when the test closes the server.
     */
    void trickle(int bytes, Duration every) throws IOException, InterruptedException {
      for (int i = 0; i < bytes; i++) {
        write('x');
        if (closed.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    }

    /** Answers nothing until the server is closed at the end of the test: a hung national side. */
    void hangUntilClosed() throws InterruptedException {
      closed.await();
    }
  }

  private final java.util.concurrent.CountDownLatch closed =
      new java.util.concurrent.CountDownLatch(1);

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final Semaphore closedConnections = new Semaphore(0);

  MisbehavingServer(Behaviour behaviour) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(() -> acceptLoop(behaviour), "misbehaving-accept");
    accept.setDaemon(true);
    accept.start();
  }

  private void acceptLoop(Behaviour behaviour) {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sockets.add(s);
        connections.incrementAndGet();
        Thread t =
            new Thread(
                () -> {
                  try (s) {
                    behaviour.serve(new Connection(s));
                  } catch (Exception closedOrDone) {
                    // The client aborting is what most of these tests provoke.
                  } finally {
                    closedConnections.release();
                  }
                },
                "misbehaving-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  int connections() {
    return connections.get();
  }

  int requests() {
    return requests.get();
  }

  /** Waits until the server has closed {@code n} connections; false when {@code atMost} passed. */
  boolean awaitClosedConnections(int n, Duration atMost) throws InterruptedException {
    return closedConnections.tryAcquire(n, atMost.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Lets {@code time} pass on the wall clock, for the one behaviour that is defined by it: the
   * client library's idle check of pooled connections. Not a retry wait (those use a Sleeper).
   */
  void idleFor(Duration time) throws InterruptedException {
    closed.await(time.toMillis(), TimeUnit.MILLISECONDS);
  }

  private boolean readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      byte[] h = head.toByteArray();
      int n = h.length;
      if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
        in.readNBytes(contentLength(head.toString(StandardCharsets.ISO_8859_1)));
        requests.incrementAndGet();
        return true;
      }
    }
    return false;
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).strip());
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
  }
}
