package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.Answers;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.core.TokenSource;
import vn.connector.core.TransportException;
import vn.connector.core.internal.Json;

/**
 * The style A login: {@code POST {adapter}{authPath}} with {@code {"username","password"}} (and the
 * optional {@code dstcode} header) → {@code {"error_code":0,"session":"…"}}. The answer gives no
 * lifetime; the session is kept for {@link #KEEP} as the portal seen does, and renewed sooner when
 * a call is answered {@code -1}.
 */
public final class SessionLogin implements TokenSource.Fetcher {

  /** How long a session is reused: 10 minutes, as the portal seen caches it. */
  public static final Duration KEEP = Duration.ofMinutes(10);

  static final ErrorHint REFUSED =
      new ErrorHint(
          "Cổng DVCQG từ chối tài khoản tích hợp: kiểm tra username/password.",
          "The national portal refused the integration account: check username and password.");

  private final URI loginUri;
  private final String username;
  private final Secret password;
  private final String dstCode;

  public SessionLogin(URI loginUri, String username, Secret password, String dstCode) {
    this.loginUri = Objects.requireNonNull(loginUri, "loginUri");
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
    this.dstCode = dstCode;
  }

  @Override
  public TokenSource.Token fetch(Auth.Support support) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("username", username).put("password", password.reveal());
    HttpRequest.Builder request =
        HttpRequest.post(loginUri)
            .header("Accept", "application/json")
            .body(Json.write(body), "application/json; charset=utf-8");
    if (dstCode != null) {
      request.header("dstcode", dstCode);
    }
    HttpResponse r = support.send(request.build());
    Call call = support.call();
    if (r.status() >= 500 || r.status() == 429) {
      throw new TransportException(
          call, "login endpoint unavailable (HTTP " + r.status() + ")", true, null);
    }
    JsonNode answer = read(call, r);
    Optional<String> code = Answers.stringOrNumber(answer, "error_code");
    String session = answer.path("session").asText("");
    if (!code.equals(Optional.of("0")) || session.isEmpty()) {
      throw new ServiceException(
          call,
          r.status(),
          code.orElse(null),
          Answers.stringOrNumber(answer, "message").orElse(null),
          false,
          REFUSED);
    }
    return new TokenSource.Token(session, "Session", support.clock().instant().plus(KEEP));
  }

  private static JsonNode read(Call call, HttpResponse r) {
    try {
      JsonNode n = Json.mapper().readTree(r.body());
      if (n == null || !n.isObject()) {
        throw new ResponseException(call, "login answered no JSON object", r.status(), null);
      }
      return n;
    } catch (IOException e) {
      throw new ResponseException(call, "login answered unreadable JSON", r.status(), e);
    }
  }
}
