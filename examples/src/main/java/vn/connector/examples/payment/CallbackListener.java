package vn.connector.examples.payment;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import vn.connector.core.ConnectorConfig;
import vn.connector.payment.ConfirmVerifier;
import vn.connector.payment.model.CallbackAnswer;

/**
 * The portal's callback endpoint: a JDK HTTP server feeding the body bytes to the verifier, bound
 * to {@code payment.callbackHost}, known to the platform as {@code payment.callbackUrl}.
 */
final class CallbackListener implements AutoCloseable {

  static final String PATH = "/payment/confirm";

  private final HttpServer server;
  private final URI publicUrl;

  private CallbackListener(HttpServer server, URI publicUrl) {
    this.server = server;
    this.publicUrl = publicUrl;
  }

  static CallbackListener start(ConnectorConfig config, ConfirmVerifier verifier)
      throws IOException {
    InetAddress host =
        config.optional("payment.callbackHost").isPresent()
            ? InetAddress.getByName(config.string("payment.callbackHost"))
            : InetAddress.getLoopbackAddress();
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(host, config.integer("payment.callbackPort", 0)), 0);
    server.createContext(
        PATH,
        exchange -> {
          CallbackAnswer answer = verifier.handle(exchange.getRequestBody().readAllBytes());
          byte[] body = answer.body();
          exchange.getResponseHeaders().set("Content-Type", answer.contentType());
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    URI local =
        URI.create(
            "http://"
                + hostForUrl(server.getAddress())
                + ":"
                + server.getAddress().getPort()
                + PATH);
    return new CallbackListener(
        server,
        config.optional("payment.callbackUrl").isPresent()
            ? config.uri("payment.callbackUrl")
            : local);
  }

  /** The address as a URL host; a wildcard bind is reached locally on loopback. */
  private static String hostForUrl(InetSocketAddress bound) {
    InetAddress a =
        bound.getAddress().isAnyLocalAddress()
            ? InetAddress.getLoopbackAddress()
            : bound.getAddress();
    String text = a.getHostAddress();
    return text.contains(":") ? "[" + text + "]" : text;
  }

  /** Where the platform calls: {@code payment.callbackUrl}, or this listener's own address. */
  URI publicUrl() {
    return publicUrl;
  }

  /** The socket address the listener is bound to. */
  InetSocketAddress boundTo() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
