package vn.connector.payment;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;

/** The portal side of the callback in tests: a loopback HTTP endpoint feeding a ConfirmVerifier. */
final class PortalCallback implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  final List<ConfirmOutcome> outcomes = new CopyOnWriteArrayList<>();

  PortalCallback(ConfirmVerifier verifier) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext(
        "/payment/confirm",
        exchange -> {
          CallbackAnswer answer = verifier.handle(exchange.getRequestBody().readAllBytes());
          outcomes.add(answer.outcome());
          byte[] body = answer.body();
          exchange.getResponseHeaders().set("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/payment/confirm");
  }

  @SuppressWarnings("unchecked")
  <T extends ConfirmOutcome> List<T> outcomes(Class<T> type) {
    return (List<T>) outcomes.stream().filter(type::isInstance).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
