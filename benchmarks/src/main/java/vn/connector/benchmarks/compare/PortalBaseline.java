package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The national portal's {@code DongBoHoSoMC} by hand (national-portal.md, style A): a session from
 * the login, kept 10 minutes as the portal seen keeps it and renewed once on {@code -1}; the
 * dossier written as {@code HoSo} by {@link PortalDossier}; success is {@code error_code} "0" with
 * a message containing "thành công", "đã tồn tại" resends it as an update.
 */
final class PortalBaseline {

  /** error_code and message of an adapter answer. */
  record Answer(String code, String message) {}

  private static final ContentType JSON = ContentType.parse("application/json; charset=utf-8");

  private final CloseableHttpClient http;
  private final URI login;
  private final URI integration;
  private volatile String session;
  private volatile long renewAtNanos;

  private PortalBaseline(CloseableHttpClient http, URI base) {
    this.http = http;
    this.login = URI.create(base + "/auth");
    this.integration = URI.create(base + "/integration");
  }

  static Contender sync(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    PortalBaseline portal = new PortalBaseline(http, stub.url("http", StubRoutes.PORTAL));
    return new Contender(() -> Contender.check(portal.sync(), "sync outcome"), http);
  }

  /** True when created, false when it existed and was sent again as an update. */
  boolean sync() throws IOException {
    Answer a = send(false);
    if (a.code().equals("-1")) {
      renew(session);
      a = send(false);
    }
    if ((a.code().equals("3") || a.code().equals("-3")) && a.message().contains("đã tồn tại")) {
      send(true);
      return false;
    }
    requireSuccess(a);
    return true;
  }

  private Answer send(boolean update) throws IOException {
    HttpPost post = new HttpPost(integration);
    post.setHeader("Accept", "application/json");
    post.setHeader("X-Request-Id", UUID.randomUUID().toString());
    post.setEntity(new ByteArrayEntity(body(session(), update), JSON));
    return http.execute(
        post,
        response -> {
          BaselineHttp.ok(response);
          return answer(response.getEntity().getContent());
        });
  }

  static byte[] body(String session, boolean update) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("session", session);
      g.writeStringField("madonvi", PortalCalls.UNIT);
      g.writeStringField("service", "DongBoHoSoMC");
      g.writeStringField("isUpdating", update ? "True" : "False");
      g.writeArrayFieldStart("data");
      PortalDossier.write(g, SdkCalls.CONTEXT.dossier().value());
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void requireSuccess(Answer a) throws IOException {
    String m = a.message();
    if (!a.code().equals("0") || !m.contains("thành công") || m.contains("không thành công")) {
      throw new IOException("the national portal refused: " + a.code() + " " + m);
    }
  }

  private String session() throws IOException {
    String s = session;
    return s == null || System.nanoTime() > renewAtNanos ? renew(s) : s;
  }

  /** Logs in again unless another caller already replaced {@code stale}. */
  private synchronized String renew(String stale) throws IOException {
    if (session != null && session != stale && System.nanoTime() <= renewAtNanos) {
      return session;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("username", PortalCalls.USER);
      g.writeStringField("password", PortalCalls.PASSWORD);
      g.writeEndObject();
    }
    HttpPost post = new HttpPost(login);
    post.setHeader("Accept", "application/json");
    post.setEntity(new ByteArrayEntity(out.toByteArray(), JSON));
    String fresh =
        http.execute(
            post,
            response -> {
              BaselineHttp.ok(response);
              return sessionOf(response.getEntity().getContent());
            });
    renewAtNanos = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    session = fresh;
    return fresh;
  }

  private static String sessionOf(InputStream in) throws IOException {
    String[] f = BaselineHttp.topFields(in, "error_code", "session");
    String code = f[0];
    String session = f[1];
    if (!"0".equals(code) || session == null || session.isEmpty()) {
      throw new IOException("login refused: " + code);
    }
    return session;
  }

  private static Answer answer(InputStream in) throws IOException {
    String[] f = BaselineHttp.topFields(in, "error_code", "message");
    String code = f[0];
    String message = f[1] == null ? "" : f[1];
    if (code == null) {
      throw new IOException("the adapter answered no error_code");
    }
    return new Answer(code, message);
  }
}
